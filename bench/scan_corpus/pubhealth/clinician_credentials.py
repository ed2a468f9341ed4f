"""Password hashing for clinician accounts on the lab results portal."""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return "$".join([
        ALGORITHM,
        str(iterations),
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    ])


def verify_password(password: str, encoded: str) -> bool:
    algo, iters, salt_b64, hash_b64 = encoded.split("$", 3)
    if algo != ALGORITHM:
        return False
    dk = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), base64.b64decode(salt_b64), int(iters)
    )
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    return int(encoded.split("$", 3)[1]) < ITERATIONS
