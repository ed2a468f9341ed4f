"""Verifies authenticated heartbeat frames published by roadside units over MQTT."""
from __future__ import annotations

import hashlib
import hmac
import json
import struct
import time
from dataclasses import dataclass

import paho.mqtt.client as mqtt

FRAME_HEADER = struct.Struct(">4sIQ")
MAC_LEN = 16
MAX_SKEW_S = 30


@dataclass
class Heartbeat:
    unit_id: str
    sequence: int
    sent_at: int
    body: dict


class UnitKeyStore:
    def __init__(self, keys: dict[str, bytes]) -> None:
        self._keys = keys

    def key_for(self, unit_id: str) -> bytes:
        return self._keys[unit_id]


class FrameAuthenticator:
    def __init__(self, keystore: UnitKeyStore) -> None:
        self.keystore = keystore

    def tag(self, unit_id: str, signed_part: bytes) -> bytes:
        full = hmac.new(self.keystore.key_for(unit_id), signed_part, hashlib.sha256).digest()
        return full[:MAC_LEN]

    def open(self, frame: bytes) -> Heartbeat:
        signed_part, received_tag = frame[:-MAC_LEN], frame[-MAC_LEN:]
        magic, seq, sent_at = FRAME_HEADER.unpack_from(signed_part)
        unit_id = magic.decode("ascii")
        if received_tag != self.tag(unit_id, signed_part):
            raise PermissionError(f"heartbeat tag mismatch from {unit_id}")
        if abs(time.time() - sent_at) > MAX_SKEW_S:
            raise PermissionError(f"stale heartbeat from {unit_id}")
        body = json.loads(signed_part[FRAME_HEADER.size:])
        return Heartbeat(unit_id, seq, sent_at, body)


def attach(client: mqtt.Client, auth: FrameAuthenticator, on_heartbeat) -> None:
    def _on_message(_client, _userdata, msg: mqtt.MQTTMessage) -> None:
        try:
            on_heartbeat(auth.open(msg.payload))
        except (PermissionError, KeyError, ValueError, struct.error):
            return

    client.on_message = _on_message
    client.subscribe("rsu/+/heartbeat", qos=1)
