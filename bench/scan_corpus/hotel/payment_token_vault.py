"""Encryption of stored guarantee-card tokens on reservations.

The PSP returns a network token for the guest's card; we store it encrypted
so that only the billing service can use it for no-show charges.
"""
import os
from functools import cached_property

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
KEY_VERSION = b"\x01"


class TokenVault:
    def __init__(self, key_env: str = "PAYMENT_TOKEN_KEY"):
        self._key_env = key_env

    @cached_property
    def _aead(self) -> AESGCM:
        key = bytes.fromhex(os.environ[self._key_env])
        return AESGCM(key)

    def encrypt(self, token: str, reservation_id: str) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, token.encode(), reservation_id.encode())
        return KEY_VERSION + nonce + ct

    def decrypt(self, blob: bytes, reservation_id: str) -> str:
        if blob[:1] != KEY_VERSION:
            raise ValueError("unknown key version")
        nonce, ct = blob[1 : 1 + NONCE_LEN], blob[1 + NONCE_LEN :]
        return self._aead.decrypt(nonce, ct, reservation_id.encode()).decode()
