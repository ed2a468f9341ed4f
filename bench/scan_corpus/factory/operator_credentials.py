"""Credential storage for supervisor accounts on the line-side HMI."""
import hashlib
import hmac
import os

PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${dk.hex()}"


def check_password(password: str, encoded: str) -> bool:
    algo, iterations, salt_hex, hash_hex = encoded.split("$")
    if algo != "pbkdf2_sha256":
        return False
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(dk.hex(), hash_hex)


def recipe_fingerprint(recipe_bytes: bytes) -> str:
    """Content hash shown next to each recipe revision in the HMI."""
    return hashlib.sha256(recipe_bytes).hexdigest()[:16]
