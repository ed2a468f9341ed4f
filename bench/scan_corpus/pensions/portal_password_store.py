"""Password hashing for member portal accounts.

Hashes are stored as ``scrypt$<n>$<r>$<p>$<salt_hex>$<digest_hex>`` so the
cost parameters can be raised later without a schema change.
"""
from __future__ import annotations

import hashlib
import hmac
import os

SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
DIGEST_LEN = 32


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=SCRYPT_MAXMEM,
        dklen=DIGEST_LEN,
    )


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        ["scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), salt.hex(), digest.hex()]
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = encoded.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = _scrypt(password, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 6 or int(parts[1]) < SCRYPT_N
