"""Encrypt free-text medical notes on donor records at rest.

Notes written by session nurses (medication, travel history) are stored
encrypted; the key comes from the secrets manager via the environment.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
KEY_ENV = "DONOR_NOTES_KEY"
VERSION = b"\x01"


class NoteCipher:
    def __init__(self, key: bytes | None = None):
        raw = key if key is not None else base64.b64decode(os.environ[KEY_ENV])
        if len(raw) not in (16, 24, 32):
            raise ValueError("invalid AES key length")
        self._aead = AESGCM(raw)

    def encrypt(self, donor_id: int, note: str) -> str:
        nonce = os.urandom(NONCE_SIZE)
        aad = VERSION + str(donor_id).encode()
        ct = self._aead.encrypt(nonce, note.encode("utf-8"), aad)
        return base64.b64encode(VERSION + nonce + ct).decode("ascii")

    def decrypt(self, donor_id: int, blob: str) -> str:
        data = base64.b64decode(blob)
        version, nonce, ct = data[:1], data[1:1 + NONCE_SIZE], data[1 + NONCE_SIZE:]
        if version != VERSION:
            raise ValueError(f"unknown note format {version!r}")
        aad = version + str(donor_id).encode()
        return self._aead.decrypt(nonce, ct, aad).decode("utf-8")
