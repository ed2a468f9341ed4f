"""Encrypts setpoint payloads sent from the MES to the oven line PLC gateways.

The gateways accept AES-GCM framed messages over MQTT; each frame carries the
nonce followed by the ciphertext and tag.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class GatewayCryptoSettings:
    key_b64: str = field(default_factory=lambda: os.environ["PLC_GATEWAY_KEY"])
    nonce: bytes = bytes.fromhex("6f76656e6c696e6530310000")
    aad_prefix: bytes = b"oven-line"


class SetpointFramer:
    def __init__(self, settings: GatewayCryptoSettings | None = None) -> None:
        self.settings = settings or GatewayCryptoSettings()
        self._aead = AESGCM(base64.b64decode(self.settings.key_b64))

    def _aad(self, gateway_id: str) -> bytes:
        return self.settings.aad_prefix + b":" + gateway_id.encode("ascii")

    def frame(self, gateway_id: str, setpoints: dict[str, float]) -> bytes:
        body = json.dumps(setpoints, separators=(",", ":")).encode("utf-8")
        nonce = self.settings.nonce
        ciphertext = self._aead.encrypt(nonce, body, self._aad(gateway_id))
        return nonce + ciphertext

    def unframe(self, gateway_id: str, frame: bytes) -> dict[str, float]:
        nonce, ciphertext = frame[:12], frame[12:]
        body = self._aead.decrypt(nonce, ciphertext, self._aad(gateway_id))
        return json.loads(body)


def publish_zone_temps(client, gateway_id: str, zones: dict[str, float]) -> None:
    framer = SetpointFramer()
    topic = f"bakehouse/ovens/{gateway_id}/setpoints"
    client.publish(topic, framer.frame(gateway_id, zones), qos=1)
