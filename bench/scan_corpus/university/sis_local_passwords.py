"""Local (non-SSO) credentials for SIS service desk accounts and guests.

Most users authenticate through the campus IdP; this module only covers
the handful of accounts that cannot, e.g. visiting examiners.
"""
import base64
import hashlib
import hmac
import os

# OWASP baseline for scrypt: N=2**17, r=8, p=1 (about 128 MiB per hash)
SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
KEY_LEN = 32
PREFIX = "scrypt"


def _kdf(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
        maxmem=SCRYPT_MAXMEM, dklen=KEY_LEN,
    )


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    key = _kdf(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join([
        PREFIX, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P),
        base64.b64encode(salt).decode(), base64.b64encode(key).decode(),
    ])


def verify_password(password: str, stored: str) -> bool:
    try:
        prefix, n, r, p, salt_b64, key_b64 = stored.split("$")
    except ValueError:
        return False
    if prefix != PREFIX:
        return False
    candidate = _kdf(password, base64.b64decode(salt_b64), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(key_b64))


def needs_upgrade(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or parts[0] != PREFIX or int(parts[1]) < SCRYPT_N
