"""Password handling for courier accounts on the dispatch portal."""
import base64
import hashlib
import hmac
import os

PBKDF2_DIGEST = "sha256"
PBKDF2_ROUNDS = 600_000
SALT_LEN = 16
SCHEME = "pbkdf2_sha256"


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_LEN)
    digest = _derive(password, salt, PBKDF2_ROUNDS)
    return "$".join(
        [SCHEME, str(PBKDF2_ROUNDS), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, rounds, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != SCHEME:
        return False
    expected = base64.b64decode(digest_b64)
    candidate = _derive(password, base64.b64decode(salt_b64), int(rounds))
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str) -> bool:
    """Accounts hashed before the last rounds bump get upgraded on next login."""
    try:
        return int(encoded.split("$")[1]) < PBKDF2_ROUNDS
    except (IndexError, ValueError):
        return True
