"""Encrypt exported reports before they are pushed to the shared bucket."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["REPORT_ENCRYPTION_KEY"])
    if len(key) != 32:
        raise ValueError("REPORT_ENCRYPTION_KEY must be 32 bytes of hex")
    return key


def encrypt_report(path: Path) -> Path:
    """Write `<name>.enc` next to the report and return its path."""
    plaintext = path.read_bytes()
    padder = padding.PKCS7(algorithms.AES.block_size).padder()
    padded = padder.update(plaintext) + padder.finalize()

    encryptor = Cipher(algorithms.AES(_load_key()), modes.ECB()).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()

    out = path.with_suffix(path.suffix + ".enc")
    out.write_bytes(ciphertext)
    return out
