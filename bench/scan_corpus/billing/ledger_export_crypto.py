"""Encrypts ledger exports handed to the accounting team's shared bucket.

Replaces the 3DES envelope the old bank integration used.
"""
import os
from pathlib import Path

from cryptography.fernet import Fernet


def _fernet() -> Fernet:
    return Fernet(os.environ["LEDGER_EXPORT_KEY"].encode())


def encrypt_export(src: Path, dest_dir: Path) -> Path:
    token = _fernet().encrypt(src.read_bytes())
    dest = dest_dir / (src.name + ".fernet")
    dest.write_bytes(token)
    return dest


def decrypt_export(path: Path, max_age_seconds: int = 7 * 24 * 3600) -> bytes:
    return _fernet().decrypt(path.read_bytes(), ttl=max_age_seconds)
