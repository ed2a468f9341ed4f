"""Encrypted storage for PLC recipe files in the MES recipe library."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class RecipeStore:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or base64.b64decode(os.environ["RECIPE_VAULT_KEY"]))

    def seal(self, recipe_id: str, raw: bytes) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, raw, recipe_id.encode())
        return base64.b64encode(nonce + ct).decode("ascii")

    def open(self, recipe_id: str, token: str) -> bytes:
        blob = base64.b64decode(token)
        return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], recipe_id.encode())
