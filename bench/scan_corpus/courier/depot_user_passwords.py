"""Password handling for depot back-office accounts.

Back-office users (shift managers, customs clerks) log in to the depot web
console with a password. Device fingerprints are hashed separately so we can
spot a handheld being shared between accounts without storing its IMEI.
"""
from __future__ import annotations

import hashlib

import bcrypt

from courier.config import settings

BCRYPT_ROUNDS = 12
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything past this


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise ValueError(f"password must be at most {MAX_PASSWORD_BYTES} bytes")
    return raw


def hash_password(password: str) -> bytes:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    return bcrypt.hashpw(_encode(password), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def check_password(password: str, stored: bytes) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored)
    except ValueError:
        return False


def needs_rehash(stored: bytes) -> bool:
    # "$2b$12$..." -> cost factor is the second field
    try:
        cost = int(stored.split(b"$")[2])
    except (IndexError, ValueError):
        return True
    return cost < BCRYPT_ROUNDS


def device_fingerprint(imei: str, model: str) -> str:
    digest = hashlib.sha256()
    digest.update(settings.DEVICE_FINGERPRINT_PEPPER.encode())
    digest.update(imei.strip().encode())
    digest.update(model.strip().lower().encode())
    return digest.hexdigest()[:32]
