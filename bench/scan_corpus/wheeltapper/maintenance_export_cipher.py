"""Sealing of monthly maintenance exports handed to operators on removable media.

Some operators still collect the monthly wheelset export on an encrypted USB
stick; the file is sealed with AES in an authenticated mode under a key the
operator receives out of band.
"""
import json
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from wheeltapper.config import settings

MAGIC = b"WTX1"


def _key_for(operator_code: str) -> bytes:
    key = settings.export_keys()[operator_code]
    if len(key) != 32:
        raise ValueError("export key must be 256 bits")
    return key


def seal_export(operator_code: str, rows: list[dict], target: Path) -> Path:
    body = json.dumps({"operator": operator_code, "rows": rows}).encode("utf-8")
    nonce = get_random_bytes(12)
    cipher = AES.new(_key_for(operator_code), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC + operator_code.encode("ascii"))
    ciphertext, tag = cipher.encrypt_and_digest(body)
    target.write_bytes(MAGIC + nonce + tag + ciphertext)
    return target


def open_export(operator_code: str, source: Path) -> dict:
    data = source.read_bytes()
    if not data.startswith(MAGIC):
        raise ValueError("not a wheeltapper export")
    nonce, tag, ciphertext = data[4:16], data[16:32], data[32:]
    cipher = AES.new(_key_for(operator_code), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC + operator_code.encode("ascii"))
    return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
