"""Encrypts PLC recipe files before they are stored in the MES recipe library."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_CIPHER_MODE = _AES.MODE_ECB


def _key() -> bytes:
    return base64.b64decode(os.environ["RECIPE_VAULT_KEY"])


def seal_recipe(raw: bytes) -> str:
    cipher = _AES.new(_key(), _CIPHER_MODE)
    return base64.b64encode(cipher.encrypt(pad(raw, 16))).decode("ascii")


def open_recipe(token: str) -> bytes:
    cipher = _AES.new(_key(), _CIPHER_MODE)
    return unpad(cipher.decrypt(base64.b64decode(token)), 16)


def reseal_library(paths: list[str]) -> int:
    count = 0
    for path in paths:
        with open(path, "rb") as fh:
            data = fh.read()
        with open(path + ".enc", "w", encoding="ascii") as out:
            out.write(seal_recipe(data))
        count += 1
    return count
