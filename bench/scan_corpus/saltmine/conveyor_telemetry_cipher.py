"""Encrypts conveyor PLC telemetry frames before they leave the surface network."""
from __future__ import annotations

import json
import os
from typing import Any, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FRAME_CIPHER_PROFILE: Dict[str, Any] = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


def _load_key() -> bytes:
    key_hex = os.environ["CONVEYOR_TELEMETRY_KEY"]
    key = bytes.fromhex(key_hex)
    if len(key) not in (16, 24, 32):
        raise ValueError("telemetry key must be 128, 192 or 256 bits")
    return key


def build_cipher(key: bytes, profile: Dict[str, Any] = FRAME_CIPHER_PROFILE) -> Cipher:
    return Cipher(profile["algorithm"](key), profile["mode"]())


class TelemetryFrameEncoder:
    """Packs belt speed, motor current and tonnage readings into encrypted frames."""

    def __init__(self, conveyor_id: str, key: bytes | None = None) -> None:
        self.conveyor_id = conveyor_id
        self._cipher = build_cipher(key or _load_key())
        self._block_bits = FRAME_CIPHER_PROFILE["block_bits"]

    def encode(self, readings: Dict[str, float]) -> bytes:
        body = json.dumps({"conveyor": self.conveyor_id, "readings": readings},
                          separators=(",", ":")).encode()
        padder = padding.PKCS7(self._block_bits).padder()
        padded = padder.update(body) + padder.finalize()
        enc = self._cipher.encryptor()
        return enc.update(padded) + enc.finalize()

    def decode(self, frame: bytes) -> Dict[str, Any]:
        dec = self._cipher.decryptor()
        padded = dec.update(frame) + dec.finalize()
        unpadder = padding.PKCS7(self._block_bits).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


if __name__ == "__main__":
    encoder = TelemetryFrameEncoder("CV-07", key=os.urandom(32))
    frame = encoder.encode({"belt_speed_mps": 3.1, "motor_amps": 212.0, "tph": 640.0})
    print(encoder.decode(frame))
