"""Password handling for the quota allocation desk.

Quota clerks approve transfers of eel quota between members, so their
accounts are kept in a separate store from the general member portal.
Hashes are self-describing so parameters can be raised later without a
migration.
"""

import base64
import hashlib
import hmac
import os

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
KEY_LEN = 32


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_LEN,
    )


def hash_clerk_password(password: str) -> str:
    salt = os.urandom(16)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "scrypt${}${}${}${}${}".format(
        SCRYPT_N,
        SCRYPT_R,
        SCRYPT_P,
        base64.urlsafe_b64encode(salt).decode(),
        base64.urlsafe_b64encode(key).decode(),
    )


def verify_clerk_password(password: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, key_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    salt = base64.urlsafe_b64decode(salt_b64)
    expected = base64.urlsafe_b64decode(key_b64)
    actual = _scrypt(password, salt, int(n), int(r), int(p))
    return hmac.compare_digest(actual, expected)


def needs_upgrade(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 6 or int(parts[1]) < SCRYPT_N
