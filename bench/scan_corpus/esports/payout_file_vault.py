"""Encrypts generated payout statements before they go to object storage.

Statements contain bank details of prize winners, so they are encrypted at
rest with a key held by the finance service. Old keys stay in the list so
statements written before a rotation can still be read.
"""
import os
from pathlib import Path

from cryptography.fernet import Fernet, MultiFernet


def _vault() -> MultiFernet:
    keys = [k.strip() for k in os.environ["PAYOUT_STATEMENT_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("PAYOUT_STATEMENT_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


def encrypt_statement(pdf_path: Path) -> bytes:
    return _vault().encrypt(pdf_path.read_bytes())


def decrypt_statement(token: bytes, max_age_days: int | None = None) -> bytes:
    ttl = max_age_days * 86400 if max_age_days else None
    if ttl:
        return _vault().decrypt(token, ttl=ttl)
    return _vault().decrypt(token)


def rotate_statement(token: bytes) -> bytes:
    """Re-encrypt a statement under the newest key."""
    return _vault().rotate(token)
