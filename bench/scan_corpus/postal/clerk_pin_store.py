"""Hashing of counter clerk passwords for the branch terminal login.

Stored format: ``scrypt$N$r$p$salt$hash`` (base64 fields).  Cost parameters
are kept in the record so they can be raised later; records with older
parameters are re-hashed on the next successful login.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
SALT_BYTES = 16
KEY_BYTES = 32


def _b64e(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _kdf(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=SCRYPT_MAXMEM, dklen=KEY_BYTES)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    key = _kdf(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64e(salt)}${_b64e(key)}"


def verify_password(password: str, stored: str) -> tuple[bool, bool]:
    """Return (matches, needs_rehash)."""
    try:
        algo, n, r, p, salt_b64, key_b64 = stored.split("$")
    except ValueError:
        return False, False
    if algo != "scrypt":
        return False, False
    params = (int(n), int(r), int(p))
    candidate = _kdf(password, base64.b64decode(salt_b64), *params)
    matches = hmac.compare_digest(candidate, base64.b64decode(key_b64))
    return matches, matches and params != (SCRYPT_N, SCRYPT_R, SCRYPT_P)


def terminal_cache_key(branch_code: str, clerk_id: str) -> str:
    # cache key for the clerk profile lookup, not a credential
    return hashlib.sha256(f"{branch_code}:{clerk_id}".encode()).hexdigest()[:24]
