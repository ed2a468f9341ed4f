"""Storage format for per-title content keys used by the e-book lending DRM.

Each title gets a random 128-bit content key at ingest time. The key is
stored wrapped with the lending service's key-encryption key (KEK) so that
the catalogue database never holds plaintext content keys.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

_KEK_ENV = "DRM_KEY_ENCRYPTION_KEY"
CONTENT_KEY_BYTES = 16


def _kek() -> bytes:
    key = base64.b64decode(os.environ[_KEK_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEK_ENV} must decode to 32 bytes")
    return key


def _cipher():
    return _AES.new(_kek(), _AES.MODE_ECB)


def new_content_key() -> bytes:
    return get_random_bytes(CONTENT_KEY_BYTES)


def wrap_content_key(content_key: bytes) -> str:
    if len(content_key) != CONTENT_KEY_BYTES:
        raise ValueError("content keys are 16 bytes")
    return base64.b64encode(_cipher().encrypt(content_key)).decode("ascii")


def unwrap_content_key(wrapped: str) -> bytes:
    return _cipher().decrypt(base64.b64decode(wrapped))
