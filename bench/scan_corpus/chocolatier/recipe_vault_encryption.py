"""Envelope encryption for recipe documents in the recipe vault.

Every saved version of a recipe is encrypted with AES-GCM under the vault
key; the recipe code and version are bound as associated data so that a
ciphertext cannot be swapped onto another recipe.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_VERSION = b"\x02"


@dataclass(frozen=True)
class SealedRecipe:
    recipe_code: str
    version: int
    blob: bytes


class RecipeSealer:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "RecipeSealer":
        return cls(bytes.fromhex(os.environ["RECIPE_VAULT_KEY"]))

    @staticmethod
    def _aad(recipe_code: str, version: int) -> bytes:
        return f"recipe:{recipe_code}:v{version}".encode()

    def seal(self, recipe_code: str, version: int, document: bytes) -> SealedRecipe:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, document, self._aad(recipe_code, version))
        return SealedRecipe(recipe_code, version, FORMAT_VERSION + nonce + ciphertext)

    def open(self, sealed: SealedRecipe) -> bytes:
        if sealed.blob[:1] != FORMAT_VERSION:
            raise ValueError("unknown vault format")
        nonce = sealed.blob[1 : 1 + NONCE_BYTES]
        ciphertext = sealed.blob[1 + NONCE_BYTES :]
        return self._aead.decrypt(nonce, ciphertext, self._aad(sealed.recipe_code, sealed.version))


def reseal_all(old: RecipeSealer, new: RecipeSealer, items: list[SealedRecipe]) -> list[SealedRecipe]:
    return [new.seal(s.recipe_code, s.version, old.open(s)) for s in items]
