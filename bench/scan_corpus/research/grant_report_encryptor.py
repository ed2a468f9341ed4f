"""Encrypt grant report PDFs before they leave the reporting service.

Format: 1 byte version | 12 byte nonce | ChaCha20-Poly1305 ciphertext+tag.
"""
from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

VERSION = b"\x01"
NONCE_SIZE = 12
AAD = b"grant-report-v1"


def _cipher() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(base64.b64decode(os.environ["GRANT_REPORT_DATA_KEY"]))


def encrypt_report(pdf_bytes: bytes, award_number: str) -> bytes:
    nonce = os.urandom(NONCE_SIZE)
    aad = AAD + b"|" + award_number.encode("utf-8")
    return VERSION + nonce + _cipher().encrypt(nonce, pdf_bytes, aad)


def decrypt_report(blob: bytes, award_number: str) -> bytes:
    if blob[:1] != VERSION:
        raise ValueError("unknown report envelope version")
    nonce = blob[1 : 1 + NONCE_SIZE]
    aad = AAD + b"|" + award_number.encode("utf-8")
    return _cipher().decrypt(nonce, blob[1 + NONCE_SIZE :], aad)


def encrypt_file(src: Path, award_number: str) -> Path:
    dest = src.with_suffix(src.suffix + ".enc")
    dest.write_bytes(encrypt_report(src.read_bytes(), award_number))
    return dest
