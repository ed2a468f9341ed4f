"""Encrypt proprietary glass colour recipes at rest in the recipe vault.

Colour recipes (selenium, cobalt, iron oxide dosing) are trade secrets.
Each recipe revision is encrypted before it is written to the vault table.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["RECIPE_VAULT_DB_URL"])


class RecipeVault:
    def __init__(self, key_b64: str | None = None) -> None:
        key = base64.b64decode(key_b64 or os.environ["RECIPE_VAULT_KEY"])
        self._aead = AESGCM(key)

    @staticmethod
    def _nonce_for(recipe_code: str) -> bytes:
        return hashlib.blake2s(recipe_code.encode("utf-8"), digest_size=12).digest()

    def seal(self, recipe_code: str, recipe: dict) -> bytes:
        plaintext = json.dumps(recipe, sort_keys=True).encode("utf-8")
        nonce = self._nonce_for(recipe_code)
        return self._aead.encrypt(nonce, plaintext, recipe_code.encode("utf-8"))

    def open(self, recipe_code: str, blob: bytes) -> dict:
        nonce = self._nonce_for(recipe_code)
        plaintext = self._aead.decrypt(nonce, blob, recipe_code.encode("utf-8"))
        return json.loads(plaintext)

    def store_revision(self, recipe_code: str, recipe: dict, author: str) -> None:
        blob = self.seal(recipe_code, recipe)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO colour_recipes (recipe_code, revision, author, sealed) "
                    "SELECT :code, COALESCE(MAX(revision), 0) + 1, :author, :sealed "
                    "FROM colour_recipes WHERE recipe_code = :code"
                ),
                {"code": recipe_code, "author": author, "sealed": blob},
            )

    def latest(self, recipe_code: str) -> dict:
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT sealed FROM colour_recipes WHERE recipe_code = :code "
                    "ORDER BY revision DESC LIMIT 1"
                ),
                {"code": recipe_code},
            ).first()
        if row is None:
            raise KeyError(recipe_code)
        return self.open(recipe_code, row.sealed)
