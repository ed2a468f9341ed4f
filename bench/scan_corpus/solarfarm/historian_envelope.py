"""Encrypt-then-MAC envelopes for telemetry batches bound for the historian.

Format: version(1) | iv(16) | ciphertext | hmac-sha256(32)
"""

import hashlib
import hmac
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

VERSION = b"\x02"
IV_LEN = 16
MAC_LEN = 32


class HistorianEnvelope:
    def __init__(self, enc_key: bytes, mac_key: bytes):
        if len(enc_key) != 32 or len(mac_key) < 32:
            raise ValueError("need a 256-bit encryption key and a 256-bit MAC key")
        self._enc_key = enc_key
        self._mac_key = mac_key

    @classmethod
    def from_env(cls) -> "HistorianEnvelope":
        return cls(bytes.fromhex(os.environ["HISTORIAN_ENC_KEY"]),
                   bytes.fromhex(os.environ["HISTORIAN_MAC_KEY"]))

    def _mac(self, data: bytes) -> bytes:
        return hmac.new(self._mac_key, data, hashlib.sha256).digest()

    def seal(self, readings: list[dict]) -> bytes:
        iv = os.urandom(IV_LEN)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(json.dumps(readings).encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).encryptor()
        body = VERSION + iv + enc.update(padded) + enc.finalize()
        return body + self._mac(body)

    def open(self, blob: bytes) -> list[dict]:
        body, tag = blob[:-MAC_LEN], blob[-MAC_LEN:]
        if not body.startswith(VERSION) or not hmac.compare_digest(self._mac(body), tag):
            raise ValueError("envelope authentication failed")
        iv, ciphertext = body[1:1 + IV_LEN], body[1 + IV_LEN:]
        dec = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).decryptor()
        padded = dec.update(ciphertext) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())
