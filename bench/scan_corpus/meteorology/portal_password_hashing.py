"""Password hashing for partner portal and climate-services staff accounts."""
import hashlib as _hl
import hmac
import os
import secrets

ALGORITHM = "pbkdf2_sha256"
HASH_NAME = "sha256"
SALT_BYTES = 16

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256
ITERATIONS = int(os.environ.get("PORTAL_PBKDF2_ITERATIONS", "600000"))
MIN_ITERATIONS = 600_000


def _iterations() -> int:
    return max(ITERATIONS, MIN_ITERATIONS)


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return _hl.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    iterations = _iterations()
    dk = _derive(password, salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${dk.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_hex, dk_hex = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = _derive(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate, bytes.fromhex(dk_hex))


def needs_rehash(encoded: str) -> bool:
    try:
        return int(encoded.split("$")[1]) < _iterations()
    except (IndexError, ValueError):
        return True
