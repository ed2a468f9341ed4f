"""Password storage for online bidder accounts.

Bidder accounts live in the registration service rather than Django, so the
hashing is done here. Stored format: pbkdf2_sha256$<iterations>$<salt>$<hash>.
"""

import base64
import hashlib
import hmac
import os

HASH_SETTINGS = {
    "digest": "sha256",
    "iterations": 600_000,
    "salt_bytes": 16,
}


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_SETTINGS["digest"], password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    iterations = HASH_SETTINGS["iterations"]
    digest = _derive(password, salt, iterations)
    return "pbkdf2_sha256${}${}${}".format(
        iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, digest = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != "pbkdf2_sha256":
        return False
    candidate = _derive(password, base64.b64decode(salt), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash predates the current iteration count."""
    try:
        iterations = int(encoded.split("$", 2)[1])
    except (IndexError, ValueError):
        return True
    return iterations < HASH_SETTINGS["iterations"]
