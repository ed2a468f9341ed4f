"""Password hashing for candidate portal accounts."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# RFC 9106 second recommended option (memory-constrained): t=3, m=64 MiB, p=4
ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}

_hasher = PasswordHasher(**ARGON2_PARAMS)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored: str, password: str) -> tuple[bool, str | None]:
    """Return (ok, new_hash); new_hash is set when the stored hash used older parameters."""
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False, None
    if _hasher.check_needs_rehash(stored):
        return True, _hasher.hash(password)
    return True, None


def login(repo, email: str, password: str):
    account = repo.find_by_email(email)
    if account is None:
        # spend comparable time so response timing doesn't reveal which e-mails exist
        _hasher.hash(password)
        return None
    ok, upgraded = check_password(account.password_hash, password)
    if not ok:
        return None
    if upgraded:
        repo.update_password_hash(account.id, upgraded)
    return account
