"""Password storage for loyalty portal members.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the
work factor can be raised later without a forced reset.
"""
import base64
import hashlib as hl
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
MIN_LENGTH = 10


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"password must be at least {MIN_LENGTH} characters")
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ITERATIONS)
    return "$".join([
        ALGORITHM,
        str(PBKDF2_ITERATIONS),
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    ])


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) < PBKDF2_ITERATIONS
