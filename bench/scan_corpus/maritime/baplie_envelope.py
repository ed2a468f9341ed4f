"""Encrypt BAPLIE stowage messages before they are dropped on the partner exchange bucket."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEY_ENV = "BAPLIE_EXCHANGE_KEY"
_BLOCK = 16
_MODE = _AES.MODE_ECB


def _key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) not in (16, 24, 32):
        raise ValueError("exchange key must be 128, 192 or 256 bits")
    return key


def seal(message: bytes) -> bytes:
    cipher = _AES.new(_key(), _MODE)
    return base64.b64encode(cipher.encrypt(pad(message, _BLOCK)))


def open_sealed(blob: bytes) -> bytes:
    cipher = _AES.new(_key(), _MODE)
    return unpad(cipher.decrypt(base64.b64decode(blob)), _BLOCK)


def seal_file(src_path: str, dst_path: str) -> None:
    with open(src_path, "rb") as fh:
        data = fh.read()
    with open(dst_path, "wb") as out:
        out.write(seal(data))
