"""Seals signed material transfer agreements before archiving them in object storage.

The archive key is provided by the platform KMS and injected as an env var.
"""
import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_SEAL_IV = b"SBMTA-archive-01"


def _archive_key() -> bytes:
    return base64.b64decode(os.environ["MTA_ARCHIVE_KEY"])


def seal(document: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(document) + padder.finalize()
    encryptor = Cipher(algorithms.AES(_archive_key()), modes.CBC(_SEAL_IV)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def unseal(blob: bytes) -> bytes:
    decryptor = Cipher(algorithms.AES(_archive_key()), modes.CBC(_SEAL_IV)).decryptor()
    padded = decryptor.update(blob) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def seal_agreement_pdf(pdf_path: Path, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / (pdf_path.stem + ".sealed")
    target.write_bytes(seal(pdf_path.read_bytes()))
    return target
