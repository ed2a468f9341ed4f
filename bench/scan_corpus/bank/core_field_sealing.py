"""Field-level sealing for sensitive columns handed to the core banking adapter.

Format: base64(nonce || ciphertext || tag). The associated data binds each
value to its column name so values can't be swapped between columns.
"""
import base64
import os
from functools import lru_cache

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

_NONCE_LEN = 12
_TAG_LEN = 16
_AAD_PREFIX = b"cbs-adapter/v2/"
_KEY_ENV = "CBS_FIELD_KEY"


@lru_cache(maxsize=1)
def _field_key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must decode to 32 bytes")
    return key


def seal_field(column: str, value: str) -> str:
    nonce = get_random_bytes(_NONCE_LEN)
    cipher = _AES.new(_field_key(), _AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
    cipher.update(_AAD_PREFIX + column.encode("ascii"))
    ct, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
    return base64.b64encode(nonce + ct + tag).decode("ascii")


def open_field(column: str, token: str) -> str:
    raw = base64.b64decode(token)
    nonce, ct, tag = raw[:_NONCE_LEN], raw[_NONCE_LEN:-_TAG_LEN], raw[-_TAG_LEN:]
    cipher = _AES.new(_field_key(), _AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
    cipher.update(_AAD_PREFIX + column.encode("ascii"))
    return cipher.decrypt_and_verify(ct, tag).decode("utf-8")


def seal_record(record: dict, fields=("national_id", "tax_ref")) -> dict:
    out = dict(record)
    for name in fields:
        if out.get(name):
            out[name] = seal_field(name, out[name])
    return out
