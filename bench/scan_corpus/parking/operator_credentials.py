"""Credential hashing for parking enforcement officer accounts."""
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from enforcement.models import Officer

# RFC 9106 second recommended option (64 MiB, 3 passes)
_hasher = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


def set_password(officer: Officer, plain: str) -> None:
    officer.password_hash = _hasher.hash(plain)
    officer.save(update_fields=["password_hash"])


def authenticate(badge_number: str, plain: str) -> Officer | None:
    officer = Officer.objects.filter(badge_number=badge_number, active=True).first()
    if officer is None:
        return None
    try:
        _hasher.verify(officer.password_hash, plain)
    except (VerifyMismatchError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(officer.password_hash):
        set_password(officer, plain)
    return officer
