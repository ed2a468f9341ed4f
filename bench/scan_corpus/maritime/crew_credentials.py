"""Password storage for crew portal accounts.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>`` so the
work factor can be raised later without a schema migration.
"""
import hashlib
import hmac
import secrets

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 720_000
SALT_BYTES = 16
SCHEME = f"pbkdf2_{PBKDF2_ALGORITHM}"


def hash_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${dk.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_hex, hash_hex = encoded.split("$")
    except ValueError:
        return False
    if scheme != SCHEME:
        return False
    dk = hashlib.pbkdf2_hmac(
        PBKDF2_ALGORITHM, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(dk, bytes.fromhex(hash_hex))


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash predates the current work factor."""
    try:
        return int(encoded.split("$")[1]) < PBKDF2_ITERATIONS
    except (IndexError, ValueError):
        return True
