"""Field-level encryption for sensitive warehouse columns."""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

_NONCE_LEN = 12
_TAG_LEN = 16
ENCRYPTED_COLUMNS = {"customers": ["iban", "tax_number"], "employees": ["salary", "iban"]}


def _key() -> bytes:
    return bytes.fromhex(os.environ["WAREHOUSE_COLUMN_KEY"])


def encrypt_value(plaintext: str, column: str, key: bytes | None = None) -> str:
    nonce = get_random_bytes(_NONCE_LEN)
    cipher = _AES.new(key or _key(), _AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
    cipher.update(column.encode())
    ciphertext, tag = cipher.encrypt_and_digest(plaintext.encode())
    return base64.b64encode(nonce + ciphertext + tag).decode()


def decrypt_value(token: str, column: str, key: bytes | None = None) -> str:
    raw = base64.b64decode(token)
    nonce, ciphertext, tag = raw[:_NONCE_LEN], raw[_NONCE_LEN:-_TAG_LEN], raw[-_TAG_LEN:]
    cipher = _AES.new(key or _key(), _AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
    cipher.update(column.encode())
    return cipher.decrypt_and_verify(ciphertext, tag).decode()


def encrypt_rows(table: str, rows: list[dict]) -> list[dict]:
    columns = ENCRYPTED_COLUMNS.get(table, [])
    key = _key()
    out = []
    for row in rows:
        row = dict(row)
        for col in columns:
            if row.get(col) is not None:
                row[col] = encrypt_value(str(row[col]), col, key)
        out.append(row)
    return out
