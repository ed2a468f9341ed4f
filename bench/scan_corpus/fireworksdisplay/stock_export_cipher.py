"""Encrypts the monthly stock return that is e-mailed to the licensing authority's drop box."""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from datetime import date

from Crypto.Cipher import AES


@dataclass(frozen=True)
class ExportKey:
    key_id: str
    key: bytes

    @classmethod
    def from_env(cls) -> "ExportKey":
        raw = bytes.fromhex(os.environ["STOCK_RETURN_KEY_HEX"])
        if len(raw) != 32:
            raise ValueError("stock return key must be 256 bits")
        return cls(key_id=os.environ.get("STOCK_RETURN_KEY_ID", "default"), key=raw)


def render_return(rows: list[dict], period: date) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["magazine", "hazard_division", "opening_kg", "received_kg", "used_kg", "closing_kg"])
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    header = f"# stock return {period:%Y-%m}\n"
    return (header + buf.getvalue()).encode("utf-8")


def encrypt_return(plaintext: bytes, export_key: ExportKey, period: date) -> bytes:
    cipher = AES.new(export_key.key, AES.MODE_GCM)
    cipher.update(f"{export_key.key_id}:{period:%Y-%m}".encode())
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    envelope = {
        "key_id": export_key.key_id,
        "period": f"{period:%Y-%m}",
        "nonce": cipher.nonce.hex(),
        "tag": tag.hex(),
        "ciphertext": ciphertext.hex(),
    }
    return json.dumps(envelope).encode("utf-8")


def decrypt_return(envelope_bytes: bytes, export_key: ExportKey) -> bytes:
    envelope = json.loads(envelope_bytes)
    if envelope["key_id"] != export_key.key_id:
        raise ValueError("return was encrypted with a different key")
    cipher = AES.new(export_key.key, AES.MODE_GCM, nonce=bytes.fromhex(envelope["nonce"]))
    cipher.update(f"{envelope['key_id']}:{envelope['period']}".encode())
    return cipher.decrypt_and_verify(bytes.fromhex(envelope["ciphertext"]), bytes.fromhex(envelope["tag"]))
