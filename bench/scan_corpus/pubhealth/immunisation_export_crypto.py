"""Encrypts immunisation registry export rows before they are staged to SFTP."""
import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEY_ENV = "IMMS_EXPORT_KEY"
_CIPHER_MODE = _AES.MODE_ECB


def _key() -> bytes:
    return base64.b64decode(os.environ[_KEY_ENV])


def encrypt_record(record: dict) -> str:
    cipher = _AES.new(_key(), _CIPHER_MODE)
    payload = json.dumps(record, sort_keys=True).encode("utf-8")
    return base64.b64encode(cipher.encrypt(pad(payload, 16))).decode("ascii")


def decrypt_record(blob: str) -> dict:
    cipher = _AES.new(_key(), _CIPHER_MODE)
    raw = unpad(cipher.decrypt(base64.b64decode(blob)), 16)
    return json.loads(raw)


def encrypt_batch(records):
    return [encrypt_record(r) for r in records]
