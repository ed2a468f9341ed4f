"""Credentials for box office staff: login passwords and API tokens.

Passwords are hashed with Argon2id. Staff API tokens are 256-bit random
values, so we only keep their SHA-256 digest for lookup.
"""
import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from .models import StaffApiToken, StaffUser

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)

TOKEN_PREFIX = "bo_"


def set_password(user: StaffUser, password: str) -> None:
    user.password_hash = _hasher.hash(password)
    user.save(update_fields=["password_hash"])


def check_password(user: StaffUser, password: str) -> bool:
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(user.password_hash):
        set_password(user, password)
    return True


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_api_token(user: StaffUser, label: str) -> str:
    """Create a token and return it once; only the digest is stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    StaffApiToken.objects.create(user=user, label=label[:80], digest=_token_digest(token))
    return token


def user_for_token(token: str) -> StaffUser | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    row = (
        StaffApiToken.objects.select_related("user")
        .filter(digest=_token_digest(token), revoked_at__isnull=True)
        .first()
    )
    return row.user if row else None
