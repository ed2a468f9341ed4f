"""Local-account password hashing for the lab portal.

Format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the work
factor can be raised later without invalidating existing hashes.
"""
import base64
import hashlib as hl
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    dk = hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(dk)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    dk = hl.pbkdf2_hmac("sha256", password.encode("utf-8"), _unb64(salt), int(iterations))
    return hmac.compare_digest(dk, _unb64(expected))


def needs_rehash(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$")
    return int(iterations) < ITERATIONS
