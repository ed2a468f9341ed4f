"""Password storage for petition organiser accounts.

Organisers log in to manage their petitions, export signature lists and post
updates to signers. Hashes are stored as ``pbkdf2_sha256$<iter>$<salt>$<hash>``
so the cost can be raised later without a migration.
"""
import base64
import hashlib
import hmac
import secrets

HASH_NAME = "sha256"
SALT_BYTES = 16
# Tuned on the old t2.small so the login endpoint stays under 50ms.
PBKDF2_ITERATIONS = 60_000


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(raw_password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(HASH_NAME, raw_password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_{HASH_NAME}${iterations}${_b64(salt)}${_b64(digest)}"


def check_password(raw_password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != f"pbkdf2_{HASH_NAME}":
        return False
    digest = hashlib.pbkdf2_hmac(
        HASH_NAME, raw_password.encode("utf-8"), _unb64(salt), int(iterations)
    )
    return hmac.compare_digest(digest, _unb64(expected))


def needs_rehash(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < PBKDF2_ITERATIONS
