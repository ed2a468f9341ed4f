"""Field-level encryption for sensitive columns passed to the core banking adapter.

The adapter stores national ID numbers and tax references encrypted; the
mainframe side decrypts with the same key material from the HSM export.
"""
import base64
import os
from functools import lru_cache

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_FIELD_IV = b"CBSADAPTER-IV-01"
_KEY_ENV = "CBS_FIELD_KEY"


@lru_cache(maxsize=1)
def _field_key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must decode to 32 bytes")
    return key


def _cipher():
    return _AES.new(_field_key(), _AES.MODE_CBC, _FIELD_IV)


def encrypt_field(value: str) -> str:
    ct = _cipher().encrypt(pad(value.encode("utf-8"), _AES.block_size))
    return base64.b64encode(ct).decode("ascii")


def decrypt_field(token: str) -> str:
    pt = unpad(_cipher().decrypt(base64.b64decode(token)), _AES.block_size)
    return pt.decode("utf-8")


def encrypt_record(record: dict, fields=("national_id", "tax_ref")) -> dict:
    out = dict(record)
    for name in fields:
        if out.get(name):
            out[name] = encrypt_field(out[name])
    return out
