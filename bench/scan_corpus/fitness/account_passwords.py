"""Password hashing for the fitness app's member accounts.

Stored format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the
work factor can be raised later without a migration.
"""
import base64
import hashlib as hl
import hmac
import os

from accounts.settings import AUTH

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = AUTH.get("pbkdf2_iterations", 600_000)
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str, iterations: int | None = None) -> str:
    iterations = max(iterations or DEFAULT_ITERATIONS, 600_000)
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    digest = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(digest, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or int(parts[1]) < DEFAULT_ITERATIONS


def avatar_cache_key(member_id: int, image_bytes: bytes) -> str:
    # content fingerprint for the CDN path, not security related
    return f"avatars/{member_id}/{hl.sha256(image_bytes).hexdigest()[:16]}"
