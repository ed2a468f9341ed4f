"""Encrypted archive for the ganache and praline recipe vault.

Recipes are the company's main intellectual property. Each recipe card is
serialised to JSON and encrypted before it is written to the vault bucket.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

VAULT_CIPHER_OPTIONS = {"mode": AES.MODE_ECB}


@dataclass
class RecipeCard:
    code: str
    name: str
    couverture: str
    cocoa_percent: float
    ingredients: dict[str, float]
    method: list[str]


def _vault_key() -> bytes:
    key = bytes.fromhex(os.environ["RECIPE_VAULT_KEY_HEX"])
    if len(key) != 32:
        raise RuntimeError("vault key must be 256 bits")
    return key


class RecipeVault:
    def __init__(self, root: str, key: bytes | None = None) -> None:
        self._root = root
        self._key = key or _vault_key()
        os.makedirs(root, exist_ok=True)

    def _cipher(self):
        return AES.new(self._key, **VAULT_CIPHER_OPTIONS)

    def _path(self, code: str) -> str:
        if not code.isalnum():
            raise ValueError("recipe codes are alphanumeric")
        return os.path.join(self._root, f"{code}.vault")

    def store(self, card: RecipeCard) -> str:
        plaintext = json.dumps(asdict(card), sort_keys=True).encode("utf-8")
        blob = self._cipher().encrypt(pad(plaintext, AES.block_size))
        path = self._path(card.code)
        with open(path, "wb") as fh:
            fh.write(blob)
        return path

    def load(self, code: str) -> RecipeCard:
        with open(self._path(code), "rb") as fh:
            blob = fh.read()
        plaintext = unpad(self._cipher().decrypt(blob), AES.block_size)
        return RecipeCard(**json.loads(plaintext))
