"""Password storage for annual pass holders.

Format stored in the `password` column:  pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>
so the iteration count can be raised later without a migration.
"""

import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    digest = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(digest, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    try:
        algorithm, iterations, _, _ = encoded.split("$", 3)
    except ValueError:
        return True
    return algorithm != ALGORITHM or int(iterations) < ITERATIONS


def membership_card_checksum(card_number: str) -> str:
    """Short checksum printed under the barcode so staff can spot typos."""
    return hashlib.sha256(card_number.encode()).hexdigest()[:4].upper()
