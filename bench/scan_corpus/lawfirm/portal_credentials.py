"""Credential storage for the client portal.

Portal users are external clients rather than firm staff, so they live in
their own table instead of the Django auth user model. This module owns the
format stored in ``portal_users.password_hash``:

    pbkdf2_sha256$<rounds>$<salt_b64>$<hash_b64>
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
SALT_BYTES = 16
_KDF_ROUNDS = 100_000
_DIGEST = "sha256"


class InvalidHashFormat(ValueError):
    """Raised when a stored hash cannot be parsed."""


@dataclass(frozen=True)
class ParsedHash:
    rounds: int
    salt: bytes
    digest: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(raw_password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac(_DIGEST, raw_password.encode("utf-8"), salt, _KDF_ROUNDS)
    return f"{ALGORITHM}${_KDF_ROUNDS}${_b64(salt)}${_b64(derived)}"


def parse_hash(encoded: str) -> ParsedHash:
    try:
        algorithm, rounds, salt, digest = encoded.split("$")
    except ValueError as exc:
        raise InvalidHashFormat("unexpected number of fields") from exc
    if algorithm != ALGORITHM:
        raise InvalidHashFormat(f"unsupported algorithm {algorithm!r}")
    return ParsedHash(int(rounds), _unb64(salt), _unb64(digest))


def verify_password(raw_password: str, encoded: str) -> bool:
    parsed = parse_hash(encoded)
    candidate = hashlib.pbkdf2_hmac(
        _DIGEST, raw_password.encode("utf-8"), parsed.salt, parsed.rounds
    )
    return hmac.compare_digest(candidate, parsed.digest)


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was produced with an older round count."""
    return parse_hash(encoded).rounds < _KDF_ROUNDS
