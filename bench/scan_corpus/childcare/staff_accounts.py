"""Staff account management for the rota and admin back office.

Passwords are stored as ``pbkdf2_sha256$<rounds>$<salt>$<hash>`` strings so
they can be migrated to the Django hasher later without forcing a reset.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ROUNDS = 150_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 10


@dataclass
class StaffAccount:
    staff_id: int
    email: str
    site_code: str
    password_hash: str = ""
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class PasswordPolicyError(ValueError):
    """Raised when a new password does not meet the back-office policy."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, PBKDF2_ROUNDS)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${PBKDF2_ROUNDS}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, rounds, salt, expected = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), _unb64(salt), int(rounds))
    return hmac.compare_digest(candidate, _unb64(expected))


def set_password(account: StaffAccount, new_password: str) -> StaffAccount:
    account.password_hash = hash_password(new_password)
    return account
