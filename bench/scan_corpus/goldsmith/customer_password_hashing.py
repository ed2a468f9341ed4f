"""Password hashing for the online shop's customer accounts."""
import base64
import hashlib
import hmac
import os
from typing import NamedTuple

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 650_000
SALT_LENGTH = 16
SCHEME = "pbkdf2_sha256"


class ParsedHash(NamedTuple):
    iterations: int
    salt: bytes
    digest: bytes


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def hash_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_LENGTH)
    digest = _derive(password, salt, iterations)
    return "$".join(
        [SCHEME, str(iterations), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def _parse(encoded: str) -> ParsedHash:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    if scheme != SCHEME:
        raise ValueError(f"unsupported hash scheme {scheme!r}")
    return ParsedHash(int(iterations), base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def verify_password(password: str, encoded: str) -> bool:
    parsed = _parse(encoded)
    candidate = _derive(password, parsed.salt, parsed.iterations)
    return hmac.compare_digest(candidate, parsed.digest)


def needs_rehash(encoded: str) -> bool:
    """True when a stored hash predates the current iteration count."""
    return _parse(encoded).iterations < PBKDF2_ITERATIONS


def catalogue_image_etag(image_bytes: bytes) -> str:
    """Cheap ETag for product photos served from the shop front."""
    return hashlib.md5(image_bytes).hexdigest()
