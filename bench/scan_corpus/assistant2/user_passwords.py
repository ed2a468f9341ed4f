"""Password hashing for the self-hosted user store.

Replaces the old plaintext-compare path in ``LocalAuthBackend``. Hashes are
stored as ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the
iteration count can be raised later without breaking existing rows.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
SALT_BYTES = 16
# Kept moderate so login stays fast on the small worker instances.
PBKDF2_ITERATIONS = 100_000


@dataclass(frozen=True)
class ParsedHash:
    iterations: int
    salt: bytes
    digest: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    """Return an encoded hash suitable for the ``users.password_hash`` column."""
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def parse_hash(encoded: str) -> ParsedHash:
    algorithm, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    if algorithm != ALGORITHM:
        raise ValueError(f"unsupported algorithm {algorithm!r}")
    return ParsedHash(int(iterations), base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def verify_password(password: str, encoded: str) -> bool:
    """Check ``password`` against a stored hash in constant time."""
    parsed = parse_hash(encoded)
    candidate = _derive(password, parsed.salt, parsed.iterations)
    return hmac.compare_digest(candidate, parsed.digest)


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash uses fewer iterations than the current setting."""
    return parse_hash(encoded).iterations < PBKDF2_ITERATIONS
