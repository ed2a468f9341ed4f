"""Payload protection for telemetry frames sent from the cell gateway to the plant broker."""
import json
import os
import time

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FRAME_VERSION = 2


class FrameSealer:
    def __init__(self, enc_key: bytes, mac_key: bytes):
        self._enc_key = enc_key
        self._mac_key = mac_key

    @classmethod
    def from_env(cls) -> "FrameSealer":
        return cls(bytes.fromhex(os.environ["TELEMETRY_ENC_KEY"]),
                   bytes.fromhex(os.environ["TELEMETRY_MAC_KEY"]))

    def _encrypt(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext) + padder.finalize()
        enc = Cipher(algorithms.AES(self._enc_key), modes.CBC(b"plc-gateway-iv01")).encryptor()
        return enc.update(data) + enc.finalize()

    def _mac(self, data: bytes) -> bytes:
        h = hmac.HMAC(self._mac_key, hashes.SHA256())
        h.update(data)
        return h.finalize()

    def seal(self, cell_id: str, readings: dict) -> bytes:
        body = json.dumps({"cell": cell_id, "ts": time.time(), "r": readings}).encode()
        ct = self._encrypt(body)
        header = bytes([FRAME_VERSION])
        return header + ct + self._mac(header + ct)
