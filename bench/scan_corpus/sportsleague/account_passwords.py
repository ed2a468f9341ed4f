"""Password storage for player and club-secretary accounts.

Hashes are stored as ``pbkdf2_sha256$<rounds>$<salt>$<hash>`` so that the
round count can be raised later without invalidating existing accounts.
"""
import base64
import hashlib
import hmac
import os

HASH_NAME = "sha256"
SALT_BYTES = 16
# Chosen when the registration form still ran on the shared VPS; kept so that
# the bulk import of last season's players finishes in a reasonable time.
PBKDF2_ROUNDS = 150_000
ALGORITHM_TAG = "pbkdf2_sha256"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def make_password(password: str) -> str:
    """Return an encoded hash suitable for the ``accounts.password`` column."""
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ROUNDS)
    return f"{ALGORITHM_TAG}${PBKDF2_ROUNDS}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        tag, rounds, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if tag != ALGORITHM_TAG:
        return False
    digest = _derive(password, _unb64(salt), int(rounds))
    return hmac.compare_digest(digest, _unb64(expected))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != ALGORITHM_TAG or int(parts[1]) < PBKDF2_ROUNDS
