"""Archives paper grade recipes (furnish, additives, refiner settings) for the R&D vault."""
from __future__ import annotations

import json
import os
from pathlib import Path

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

ARCHIVE_SCHEME = {
    "factory": Blowfish,
    "mode": Blowfish.MODE_CBC,
    "block": Blowfish.block_size,
    "key_env": "RECIPE_ARCHIVE_KEY",
}


def _archive_key(scheme: dict = ARCHIVE_SCHEME) -> bytes:
    return bytes.fromhex(os.environ[scheme["key_env"]])


def _new_cipher(iv: bytes, scheme: dict = ARCHIVE_SCHEME):
    return scheme["factory"].new(_archive_key(scheme), scheme["mode"], iv)


class RecipeVault:
    """Stores each grade recipe as an encrypted file named after the grade code."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, grade_code: str) -> Path:
        if not grade_code.isalnum():
            raise ValueError(f"invalid grade code {grade_code!r}")
        return self.root / f"{grade_code}.rcp"

    def put(self, grade_code: str, recipe: dict) -> Path:
        iv = get_random_bytes(ARCHIVE_SCHEME["block"])
        body = pad(json.dumps(recipe).encode("utf-8"), ARCHIVE_SCHEME["block"])
        target = self._path(grade_code)
        target.write_bytes(iv + _new_cipher(iv).encrypt(body))
        return target

    def get(self, grade_code: str) -> dict:
        blob = self._path(grade_code).read_bytes()
        block = ARCHIVE_SCHEME["block"]
        iv, body = blob[:block], blob[block:]
        return json.loads(unpad(_new_cipher(iv).decrypt(body), block))
