"""Password hashing for crew self-service portal accounts (payslips, roster swaps)."""

import base64
import hashlib as _hl
import hmac
import os

PBKDF2_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 720_000,
    "salt_bytes": 16,
}
_PREFIX = "pbkdf2_sha256"


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return _hl.pbkdf2_hmac(PBKDF2_SETTINGS["algorithm"], password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(PBKDF2_SETTINGS["salt_bytes"])
    iterations = PBKDF2_SETTINGS["iterations"]
    digest = _derive(password, salt, iterations)
    return "$".join(
        [_PREFIX, str(iterations), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def verify_password(password: str, encoded: str) -> bool:
    try:
        prefix, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if prefix != _PREFIX or int(iterations) < PBKDF2_SETTINGS["iterations"]:
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != _PREFIX or int(parts[1]) < PBKDF2_SETTINGS["iterations"]
