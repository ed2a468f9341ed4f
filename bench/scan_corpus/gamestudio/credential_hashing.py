"""Password hashing for the player accounts service.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the
work factor can be raised later without a migration; older hashes are upgraded
transparently on the next successful login.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
DKLEN = 32


@dataclass(frozen=True)
class ParsedHash:
    iterations: int
    salt: bytes
    digest: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def email_lookup_key(email: str) -> str:
    """Deterministic key for the unique-email index (not a credential)."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), salt, iterations, dklen=DKLEN
    )


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ITERATIONS)
    return f"{ALGORITHM}${PBKDF2_ITERATIONS}${_b64(salt)}${_b64(digest)}"


def parse(stored: str) -> ParsedHash:
    algorithm, iterations, salt, digest = stored.split("$")
    if algorithm != ALGORITHM:
        raise ValueError(f"unsupported hash algorithm: {algorithm}")
    return ParsedHash(int(iterations), _unb64(salt), _unb64(digest))


def verify_password(password: str, stored: str) -> bool:
    parsed = parse(stored)
    candidate = _derive(password, parsed.salt, parsed.iterations)
    return hmac.compare_digest(candidate, parsed.digest)


def needs_rehash(stored: str) -> bool:
    return parse(stored).iterations < PBKDF2_ITERATIONS


def check_and_upgrade(password: str, stored: str) -> tuple[bool, str | None]:
    """Return (ok, new_hash); new_hash is set when the caller should persist it."""
    if not verify_password(password, stored):
        return False, None
    if needs_rehash(stored):
        return True, hash_password(password)
    return True, None
