"""Encrypted storage for signature recipe formulations.

The house sourdough and laminated-dough formulas are kept encrypted at rest
in the recipe database; only the production planning service holds the key.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class RecipeVault:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("recipe vault key must be 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "RecipeVault":
        return cls(base64.b64decode(os.environ["RECIPE_VAULT_KEY"]))

    def seal(self, recipe_code: str, formulation: dict) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(formulation, sort_keys=True).encode("utf-8")
        ciphertext = self._aead.encrypt(nonce, plaintext, recipe_code.encode("utf-8"))
        return base64.b64encode(nonce + ciphertext).decode("ascii")

    def unseal(self, recipe_code: str, blob: str) -> dict:
        raw = base64.b64decode(blob)
        nonce, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return json.loads(self._aead.decrypt(nonce, ciphertext, recipe_code.encode("utf-8")))
