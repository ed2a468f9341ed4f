"""Authenticated encryption of irrigation valve commands (protocol v3).

Frame layout: 12-byte nonce || AES-256-GCM ciphertext+tag. The controller
id is bound as associated data so a frame cannot be replayed to another
controller.
"""
import json
import os
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class FrameError(ValueError):
    pass


class ValveFrameCodec:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ValveFrameCodec":
        return cls(bytes.fromhex(os.environ["VALVE_FRAME_KEY"]))

    def encode(self, controller_id: str, zone: int, action: str, duration_s: int) -> bytes:
        body = json.dumps(
            {"z": zone, "a": action, "d": duration_s, "t": int(time.time())},
            separators=(",", ":"),
        ).encode()
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, body, controller_id.encode())

    def decode(self, controller_id: str, frame: bytes) -> dict:
        nonce, ct = frame[:NONCE_LEN], frame[NONCE_LEN:]
        try:
            body = self._aead.decrypt(nonce, ct, controller_id.encode())
        except InvalidTag as exc:
            raise FrameError("frame failed authentication") from exc
        return json.loads(body)
