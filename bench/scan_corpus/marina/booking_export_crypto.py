"""Encrypt the nightly bookings export before it is copied off-site.

The export (CSV of berth bookings, charter contracts and fuel sales) goes to
the accountant's SFTP drop; the file layout is
``b"MEX1" | nonce(16) | tag(16) | ciphertext``.
"""
from __future__ import annotations

import base64
import os
from pathlib import Path

from Crypto.Cipher import AES

MAGIC = b"MEX1"


def _key() -> bytes:
    key = base64.b64decode(os.environ["EXPORT_ENCRYPTION_KEY"])
    if len(key) != 32:
        raise ValueError("EXPORT_ENCRYPTION_KEY must decode to 32 bytes")
    return key


def encrypt_file(src: Path, dest: Path | None = None) -> Path:
    dest = dest or src.with_suffix(src.suffix + ".enc")
    cipher = AES.new(_key(), AES.MODE_GCM)
    cipher.update(MAGIC)
    ciphertext, tag = cipher.encrypt_and_digest(src.read_bytes())
    dest.write_bytes(MAGIC + cipher.nonce + tag + ciphertext)
    return dest


def decrypt_file(src: Path) -> bytes:
    blob = src.read_bytes()
    if blob[:4] != MAGIC:
        raise ValueError(f"{src} is not an encrypted export")
    nonce, tag, ciphertext = blob[4:20], blob[20:36], blob[36:]
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC)
    return cipher.decrypt_and_verify(ciphertext, tag)
