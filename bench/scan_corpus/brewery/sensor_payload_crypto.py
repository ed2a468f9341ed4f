"""Encrypt setpoint updates pushed to the fermentation tank sensors over MQTT.

Each tank controller shares a 256-bit key with the brewhouse server; the
controller firmware expects <ciphertext+tag> in the message body.
"""
import json
import os
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FRAME_NONCE = b"fermsensor01"
TOPIC_TEMPLATE = "brewhouse/tanks/{tank_id}/setpoint"


def _tank_key(tank_id: str) -> bytes:
    return bytes.fromhex(os.environ[f"TANK_KEY_{tank_id.upper()}"])


def build_setpoint_frame(tank_id: str, target_c: float, ramp_minutes: int = 0) -> bytes:
    body = json.dumps(
        {
            "tank": tank_id,
            "target_c": round(target_c, 1),
            "ramp_min": ramp_minutes,
            "issued_at": int(time.time()),
        },
        separators=(",", ":"),
    ).encode()
    aead = AESGCM(_tank_key(tank_id))
    return aead.encrypt(FRAME_NONCE, body, tank_id.encode())


def publish_setpoint(client, tank_id: str, target_c: float, ramp_minutes: int = 0) -> None:
    frame = build_setpoint_frame(tank_id, target_c, ramp_minutes)
    client.publish(TOPIC_TEMPLATE.format(tank_id=tank_id), frame, qos=1)


def read_ack(tank_id: str, payload: bytes) -> dict:
    aead = AESGCM(_tank_key(tank_id))
    return json.loads(aead.decrypt(FRAME_NONCE, payload, tank_id.encode()))
