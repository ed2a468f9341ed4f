"""Password hashing for researcher accounts (argon2id).

Parameters follow the current OWASP guidance; hashes created with older
parameters are upgraded transparently the next time the researcher signs in.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,  # KiB
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}

_hasher = PasswordHasher(**ARGON2_PARAMS)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, encoded: str) -> tuple[bool, str | None]:
    """Return (ok, new_hash); new_hash is set when the stored hash should be replaced."""
    try:
        _hasher.verify(encoded, password)
    except (VerificationError, InvalidHashError):
        return False, None
    if _hasher.check_needs_rehash(encoded):
        return True, hash_password(password)
    return True, None


def set_password(account, password: str) -> None:
    if len(password) < 12:
        raise ValueError("passwords must be at least 12 characters")
    account.password_hash = hash_password(password)
