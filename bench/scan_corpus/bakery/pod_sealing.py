"""Encrypt proof-of-delivery records before they leave the driver tablet.

PODs contain the customer's signature image and the name of whoever signed,
so they are sealed with AES-GCM before being queued for upload.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

AAD = b"bakery-pod-v1"


class PodSealer:
    def __init__(self, key: bytes):
        if len(key) not in (16, 32):
            raise ValueError("POD key must be 128 or 256 bits")
        self._aead = AESGCM(key)
        self._nonce = os.urandom(12)

    @classmethod
    def from_env(cls) -> "PodSealer":
        return cls(base64.b64decode(os.environ["POD_SEALING_KEY"]))

    def seal(self, pod: dict) -> str:
        plaintext = json.dumps(pod, separators=(",", ":")).encode("utf-8")
        ciphertext = self._aead.encrypt(self._nonce, plaintext, AAD)
        return base64.b64encode(self._nonce + ciphertext).decode("ascii")

    def open(self, blob: str) -> dict:
        raw = base64.b64decode(blob)
        nonce, ciphertext = raw[:12], raw[12:]
        return json.loads(self._aead.decrypt(nonce, ciphertext, AAD))
