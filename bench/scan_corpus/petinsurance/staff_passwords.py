"""Password hashing for staff accounts in the underwriting back office."""
import hashlib as hl
import hmac
import os

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
PREFIX = "pbkdf2_sha256"


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def hash_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = _derive(password, salt, iterations)
    return f"{PREFIX}${iterations}${salt.hex()}${dk.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        prefix, iters, salt_hex, dk_hex = encoded.split("$")
    except ValueError:
        return False
    if prefix != PREFIX:
        return False
    dk = _derive(password, bytes.fromhex(salt_hex), int(iters))
    return hmac.compare_digest(dk.hex(), dk_hex)


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash predates the current work factor."""
    try:
        return int(encoded.split("$")[1]) < PBKDF2_ITERATIONS
    except (IndexError, ValueError):
        return True
