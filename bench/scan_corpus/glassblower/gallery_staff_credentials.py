"""Password hashing for gallery front-of-house staff accounts."""

import base64
import hashlib
import hmac
import secrets

from hotshop.config import settings

PBKDF2_PARAMS = {
    "hash_name": "sha256",
    "iterations": 720_000,
    "dklen": 32,
}
SCHEME = "pbkdf2_sha256"


def _encode(salt: bytes, digest: bytes, iterations: int) -> str:
    return "{}${}${}${}".format(
        SCHEME,
        iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def _split(stored: str) -> tuple[int, bytes, bytes] | None:
    try:
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return None
    if scheme != SCHEME:
        return None
    return int(iterations), base64.b64decode(salt_b64), base64.b64decode(digest_b64)


def hash_staff_password(password: str) -> str:
    salt = secrets.token_bytes(settings.PASSWORD_SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(password=password.encode(), salt=salt, **PBKDF2_PARAMS)
    return _encode(salt, digest, PBKDF2_PARAMS["iterations"])


def verify_staff_password(password: str, stored: str) -> bool:
    parts = _split(stored)
    if parts is None:
        return False
    iterations, salt, expected = parts
    params = dict(PBKDF2_PARAMS, iterations=iterations)
    candidate = hashlib.pbkdf2_hmac(password=password.encode(), salt=salt, **params)
    return hmac.compare_digest(candidate, expected)


def needs_rehash(stored: str) -> bool:
    parts = _split(stored)
    return parts is None or parts[0] < PBKDF2_PARAMS["iterations"]
