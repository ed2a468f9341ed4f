"""Argon2id password hashing for member accounts."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from django.conf import settings

ARGON2_PARAMS = getattr(
    settings,
    "ARGON2_PARAMS",
    {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4, "hash_len": 32, "salt_len": 16},
)

_hasher = PasswordHasher(**ARGON2_PARAMS)


def hash_password(plain: str) -> str:
    return _hasher.hash(plain)


def check_password(user, plain: str) -> bool:
    try:
        _hasher.verify(user.password_hash, plain)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(plain)
        user.save(update_fields=["password_hash"])
    return True


def change_password(user, old: str, new: str) -> bool:
    if not check_password(user, old):
        return False
    user.password_hash = hash_password(new)
    user.save(update_fields=["password_hash"])
    return True
