"""Password storage for volunteer guide accounts on the visitor-centre tills.

Hashes are stored as ``scrypt$n$r$p$salt$digest`` so that parameters can be
raised later without invalidating existing volunteer logins.
"""
import base64
import hashlib
import hmac
import os

from lighthousekeeper.settings import settings

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
KEY_LEN = 32


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=KEY_LEN
    )


def hash_password(password: str) -> str:
    if len(password) < settings.VOLUNTEER_MIN_PASSWORD_LENGTH:
        raise ValueError("password does not meet the minimum length")
    salt = os.urandom(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(["scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = _scrypt(password, salt, int(n), int(r), int(p))
    return hmac.compare_digest(candidate, expected)


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return True
    return (int(parts[1]), int(parts[2]), int(parts[3])) != (SCRYPT_N, SCRYPT_R, SCRYPT_P)
