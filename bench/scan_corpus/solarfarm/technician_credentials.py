"""Password hashing for technician accounts on the offline-capable tablet app.

Tablets cache a hash of the technician's password so that crews can still
unlock work packs on sites without mobile coverage. The same format is used
server-side so hashes can be synced in both directions.
"""

import base64
import hashlib
import hmac
import secrets

HASH_NAME = "sha256"
ITERATIONS = 600_000
SALT_LEN = 16
PREFIX = "pbkdf2_sha256"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_hash(password: str) -> str:
    salt = secrets.token_bytes(SALT_LEN)
    dk = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, ITERATIONS)
    return f"{PREFIX}${ITERATIONS}${_b64(salt)}${_b64(dk)}"


def verify(password: str, encoded: str) -> bool:
    try:
        prefix, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    if prefix != PREFIX or int(iterations) != ITERATIONS:
        return False
    dk = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), _unb64(salt), ITERATIONS)
    return hmac.compare_digest(dk, _unb64(expected))
