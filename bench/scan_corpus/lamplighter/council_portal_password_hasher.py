"""Password hashing for council portal accounts.

Council lighting officers sign in to the portal to raise work orders and
read energy statements. Hashes are stored as ``scrypt$n$r$p$salt$hash``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from lamplighter.settings import settings

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
KEY_LEN = 64
MAX_MEM = 256 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=MAX_MEM, dklen=KEY_LEN)


def hash_password(password: str) -> str:
    if len(password) < settings.PORTAL_PASSWORD_MIN_LENGTH:
        raise ValueError("password too short")
    salt = os.urandom(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(hash_b64)
    candidate = _scrypt(password, base64.b64decode(salt_b64), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, expected)


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return True
    return (int(parts[1]), int(parts[2]), int(parts[3])) < (SCRYPT_N, SCRYPT_R, SCRYPT_P)
