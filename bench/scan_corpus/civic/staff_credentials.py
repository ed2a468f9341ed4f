"""Credential hashing for newsroom staff accounts in the source manager.

Hashes are self-describing (``pbkdf2-sha256$<iter>$<salt>$<hash>``) so the
work factor can be raised and old hashes upgraded on the next login.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

ALGORITHM = "pbkdf2-sha256"
DIGEST = "sha256"
SALT_BYTES = 16

# Reviewed yearly against current OWASP guidance.
WORK_FACTOR = 720_000


@dataclass(frozen=True)
class ParsedHash:
    iterations: int
    salt: bytes
    digest: bytes


def _enc(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _parse(encoded: str) -> ParsedHash | None:
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        return None
    return ParsedHash(int(parts[1]), base64.urlsafe_b64decode(parts[2]), base64.urlsafe_b64decode(parts[3]))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(DIGEST, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return "$".join((ALGORITHM, str(WORK_FACTOR), _enc(salt), _enc(_derive(password, salt, WORK_FACTOR))))


def verify_password(password: str, encoded: str) -> tuple[bool, str | None]:
    """Return (ok, upgraded_hash_or_None)."""
    parsed = _parse(encoded)
    if parsed is None:
        return False, None
    ok = hmac.compare_digest(_derive(password, parsed.salt, parsed.iterations), parsed.digest)
    if ok and parsed.iterations < WORK_FACTOR:
        return True, hash_password(password)
    return ok, None
