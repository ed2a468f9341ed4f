"""Encrypt personal fields in the size-exchange export for the 3PL.

Each field gets its own random nonce; the output is ``b64(nonce || ct || tag)``
which the 3PL's importer splits back apart.
"""
import base64
import csv
import io
import os
from typing import Iterable, Mapping

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

EXPORT_CFG = {
    "key_env": "EXCHANGE_EXPORT_KEY",
    "nonce_len": 12,
    "fields": ("name", "street", "postcode", "city", "phone"),
    "columns": ("exchange_id", "order_id", "name", "street", "postcode", "city", "phone", "new_size"),
}


def _export_key() -> bytes:
    return base64.b64decode(os.environ[EXPORT_CFG["key_env"]])


def encrypt_field(value: str, key: bytes, aad: bytes = b"") -> str:
    nonce = get_random_bytes(EXPORT_CFG["nonce_len"])
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce)
    cipher.update(aad)
    ciphertext, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
    return base64.b64encode(nonce + ciphertext + tag).decode("ascii")


def build_export(rows: Iterable[Mapping[str, str]]) -> str:
    key = _export_key()
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_CFG["columns"])
    writer.writeheader()
    for row in rows:
        out = {col: row.get(col, "") for col in EXPORT_CFG["columns"]}
        aad = out["exchange_id"].encode("utf-8")
        for field in EXPORT_CFG["fields"]:
            out[field] = encrypt_field(out[field], key, aad)
        writer.writerow(out)
    return buf.getvalue()
