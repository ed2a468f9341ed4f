"""Password hashing for farm-management portal users.

Format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>`` so the
iteration count can be raised later and old hashes upgraded on login.
"""
import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
# OWASP 2023 guidance for PBKDF2-HMAC-SHA256
ITERATIONS = 600_000
SALT_BYTES = 16


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _pbkdf2(password, salt, ITERATIONS)
    return "$".join(
        [ALGORITHM, str(ITERATIONS), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = _pbkdf2(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def must_update(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) < ITERATIONS

