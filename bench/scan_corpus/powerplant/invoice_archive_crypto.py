"""Encrypt PPA invoice archives before they are copied to offsite storage."""

import base64
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES

MAGIC = b"NFGI1"


def _archive_key() -> bytes:
    return base64.b64decode(os.environ["INVOICE_ARCHIVE_KEY"])


def encrypt_archive(src: Path, dest: Path) -> Path:
    cipher = _AES.new(_archive_key(), _AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(src.read_bytes())
    dest.write_bytes(MAGIC + cipher.nonce + tag + ciphertext)
    return dest


def decrypt_archive(src: Path) -> bytes:
    blob = src.read_bytes()
    if not blob.startswith(MAGIC):
        raise ValueError("not an invoice archive")
    body = blob[len(MAGIC):]
    nonce, tag, ciphertext = body[:16], body[16:32], body[32:]
    cipher = _AES.new(_archive_key(), _AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ciphertext, tag)
