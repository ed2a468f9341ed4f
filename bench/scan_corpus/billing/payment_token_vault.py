"""Encrypts stored gateway payment tokens at rest."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM as _Gcm

NONCE_LEN = 12


class TokenVault:
    def __init__(self, key_b64: str | None = None):
        key = base64.b64decode(key_b64 or os.environ["TOKEN_VAULT_KEY"])
        self._aead = _Gcm(key)

    def seal(self, token: str, customer_id: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, token.encode(), customer_id.encode())
        return base64.b64encode(nonce + ct).decode()

    def open(self, blob: str, customer_id: str) -> str:
        raw = base64.b64decode(blob)
        nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, customer_id.encode()).decode()
