"""Push calibration settings to the fermentation tank sensors.

Frames are ChaCha20-Poly1305 sealed with the tank's key; the firmware reads
the 12-byte nonce from the front of the frame.
"""
import json
import os
import time

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12
TOPIC = "brewhouse/tanks/{tank_id}/calibration"


def _key_for(tank_id: str) -> bytes:
    return bytes.fromhex(os.environ[f"TANK_KEY_{tank_id.upper()}"])


def seal_frame(tank_id: str, settings: dict) -> bytes:
    body = json.dumps({**settings, "ts": int(time.time())}, separators=(",", ":")).encode()
    nonce = os.urandom(NONCE_LEN)
    return nonce + ChaCha20Poly1305(_key_for(tank_id)).encrypt(nonce, body, tank_id.encode())


def open_frame(tank_id: str, frame: bytes) -> dict:
    nonce, sealed = frame[:NONCE_LEN], frame[NONCE_LEN:]
    body = ChaCha20Poly1305(_key_for(tank_id)).decrypt(nonce, sealed, tank_id.encode())
    return json.loads(body)


def push_calibration(client, tank_id: str, gravity_offset: float, temp_offset_c: float) -> None:
    frame = seal_frame(
        tank_id, {"gravity_offset": gravity_offset, "temp_offset_c": temp_offset_c}
    )
    client.publish(TOPIC.format(tank_id=tank_id), frame, qos=1)
