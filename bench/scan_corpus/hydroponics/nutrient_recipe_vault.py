"""Encrypted storage for proprietary nutrient recipes shared with partner farms."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class VaultKey:
    key_id: str
    material: bytes

    @classmethod
    def from_env(cls, var: str = "RECIPE_VAULT_KEY") -> "VaultKey":
        key_id, _, b64 = os.environ[var].partition(":")
        return cls(key_id=key_id, material=base64.b64decode(b64))


class RecipeVault:
    nonce_size = 12

    def __init__(self, key: VaultKey) -> None:
        self.key = key
        self._aead = AESGCM(key.material)

    def _aad(self, recipe_id: str) -> bytes:
        return f"{self.key.key_id}|{recipe_id}".encode("utf-8")

    def seal(self, recipe_id: str, recipe: dict[str, Any]) -> str:
        nonce = os.urandom(self.nonce_size)
        plaintext = json.dumps(recipe, sort_keys=True).encode("utf-8")
        ciphertext = self._aead.encrypt(nonce, plaintext, self._aad(recipe_id))
        return ".".join(
            (self.key.key_id, base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii"))
        )

    def unseal(self, recipe_id: str, token: str) -> dict[str, Any]:
        key_id, _, blob = token.partition(".")
        if key_id != self.key.key_id:
            raise KeyError(f"recipe sealed with unknown key {key_id}")
        raw = base64.urlsafe_b64decode(blob)
        nonce, ciphertext = raw[: self.nonce_size], raw[self.nonce_size :]
        return json.loads(self._aead.decrypt(nonce, ciphertext, self._aad(recipe_id)))


def share_recipe(vault: RecipeVault, recipe_id: str, stages: list[dict[str, float]]) -> str:
    return vault.seal(recipe_id, {"recipe_id": recipe_id, "stages": stages})
