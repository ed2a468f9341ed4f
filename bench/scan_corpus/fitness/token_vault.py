"""Encryption of wearable OAuth refresh tokens before they hit Postgres.

Garmin, Polar and Whoop refresh tokens are long-lived, so we never store
them in clear text. The key comes from WEARABLE_TOKEN_KEY (base64, 32 bytes).
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TokenVault:
    """AES-256-CBC wrapper used by the sync workers."""

    block_iv = b"fitsync-vault-01"

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["WEARABLE_TOKEN_KEY"])
        if len(self._key) != 32:
            raise ValueError("WEARABLE_TOKEN_KEY must decode to 32 bytes")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self.block_iv))

    def encrypt(self, token: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(token.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, blob: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(blob)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")
