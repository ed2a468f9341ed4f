"""Shared passlib context used by the API workers and the admin CLI."""
from __future__ import annotations

from passlib.context import CryptContext

_HASH_SETTINGS = {
    "schemes": ["pbkdf2_sha256"],
    "deprecated": "auto",
    "pbkdf2_sha256__default_rounds": 8000,
    "pbkdf2_sha256__salt_size": 16,
}

pwd_context = CryptContext(**_HASH_SETTINGS)


def hash_password(password: str) -> str:
    return pwd_context.hash(password)


def verify_password(password: str, stored_hash: str) -> tuple[bool, str | None]:
    """Return ``(valid, replacement)``.

    ``replacement`` is a fresh hash when the stored one uses outdated settings
    and should be written back to the user row.
    """
    return pwd_context.verify_and_update(password, stored_hash)
