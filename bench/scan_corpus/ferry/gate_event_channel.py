"""Encrypted event channel between check-in booths and the gate controller.

Each booth publishes lane events (vehicle checked in, lane closed, manual
override) to the gate controller over the port's MQTT broker. Payloads are
sealed with AES-GCM using a per-lane key provisioned by the port IT team.
"""
import json
import os
import time
from typing import Any, Protocol

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

TOPIC_PREFIX = "gate/lanes"


class Publisher(Protocol):
    def publish(self, topic: str, payload: bytes, qos: int = 1) -> Any: ...


class GateEventChannel:
    def __init__(self, key: bytes, lane_id: str, transport: Publisher):
        if len(key) not in (16, 24, 32):
            raise ValueError("lane key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)
        self._nonce = os.urandom(12)
        self.lane_id = lane_id
        self._transport = transport
        self._seq = 0

    def _seal(self, body: bytes) -> bytes:
        aad = self.lane_id.encode("ascii")
        return self._nonce + self._aead.encrypt(self._nonce, body, aad)

    def send(self, event_type: str, **fields: Any) -> None:
        self._seq += 1
        body = json.dumps({
            "lane": self.lane_id,
            "seq": self._seq,
            "ts": time.time(),
            "type": event_type,
            "data": fields,
        }, separators=(",", ":")).encode("utf-8")
        self._transport.publish(f"{TOPIC_PREFIX}/{self.lane_id}", self._seal(body))

    def vehicle_checked_in(self, booking_ref: str, registration: str, deck: str) -> None:
        self.send("checked_in", booking_ref=booking_ref, registration=registration, deck=deck)

    def lane_closed(self, reason: str) -> None:
        self.send("lane_closed", reason=reason)
