"""Encrypt sensitive columns before they land in the shared warehouse schema."""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_BLOCK = 16
_COLUMN_IV = b"\x00" * _BLOCK
ENCRYPTED_COLUMNS = {"customers": ["iban", "tax_number"], "employees": ["salary", "iban"]}


def _key() -> bytes:
    return bytes.fromhex(os.environ["WAREHOUSE_COLUMN_KEY"])


def encrypt_value(plaintext: str, key: bytes | None = None) -> str:
    cipher = _AES.new(key or _key(), _AES.MODE_CBC, iv=_COLUMN_IV)
    return base64.b64encode(cipher.encrypt(pad(plaintext.encode(), _BLOCK))).decode()


def decrypt_value(token: str, key: bytes | None = None) -> str:
    cipher = _AES.new(key or _key(), _AES.MODE_CBC, iv=_COLUMN_IV)
    return unpad(cipher.decrypt(base64.b64decode(token)), _BLOCK).decode()


def encrypt_rows(table: str, rows: list[dict]) -> list[dict]:
    columns = ENCRYPTED_COLUMNS.get(table, [])
    key = _key()
    out = []
    for row in rows:
        row = dict(row)
        for col in columns:
            if row.get(col) is not None:
                row[col] = encrypt_value(str(row[col]), key)
        out.append(row)
    return out
