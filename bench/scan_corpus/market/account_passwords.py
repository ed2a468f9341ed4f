"""Password hashing helpers used by the buyer and seller sign-up flows."""
import hashlib
import hmac
import os

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_LENGTH = 16


def make_password(raw_password: str) -> str:
    salt = os.urandom(SALT_LENGTH)
    dk = hashlib.pbkdf2_hmac(
        PBKDF2_ALGORITHM, raw_password.encode("utf-8"), salt, PBKDF2_ITERATIONS
    )
    return f"pbkdf2_{PBKDF2_ALGORITHM}${PBKDF2_ITERATIONS}${salt.hex()}${dk.hex()}"


def verify_password(raw_password: str, encoded: str) -> bool:
    algo, iterations, salt_hex, hash_hex = encoded.split("$", 3)
    if algo != f"pbkdf2_{PBKDF2_ALGORITHM}":
        return False
    dk = hashlib.pbkdf2_hmac(
        PBKDF2_ALGORITHM,
        raw_password.encode("utf-8"),
        bytes.fromhex(salt_hex),
        int(iterations),
    )
    return hmac.compare_digest(dk.hex(), hash_hex)


def needs_rehash(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < PBKDF2_ITERATIONS
