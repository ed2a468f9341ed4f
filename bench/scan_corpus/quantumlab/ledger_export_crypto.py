"""Encryption of usage-ledger exports handed to the finance data warehouse.

The warehouse loader decrypts with the same Fernet key, which is rotated
quarterly; older keys stay in the list until all exports are re-encrypted.
"""
import os
from pathlib import Path

from cryptography.fernet import Fernet, MultiFernet


def _fernet() -> MultiFernet:
    keys = [k.strip() for k in os.environ["LEDGER_EXPORT_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("LEDGER_EXPORT_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


def encrypt_export(csv_bytes: bytes) -> bytes:
    return _fernet().encrypt(csv_bytes)


def decrypt_export(token: bytes, max_age_days: int = 120) -> bytes:
    return _fernet().decrypt(token, ttl=max_age_days * 86400)


def write_export(out_dir: Path, period: str, csv_bytes: bytes) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"usage_ledger_{period}.csv.fernet"
    path.write_bytes(encrypt_export(csv_bytes))
    return path


def rotate(paths: list[Path]) -> int:
    f = _fernet()
    for p in paths:
        p.write_bytes(f.rotate(p.read_bytes()))
    return len(paths)
