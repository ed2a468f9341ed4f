"""Password hashing for the crew self-service portal.

Uses Argon2id via argon2-cffi. The parameters follow the library defaults
(RFC 9106 low-memory profile); check_needs_rehash lets us raise them later
and upgrade hashes transparently at the next successful login.
"""
import logging
from typing import Optional, Tuple

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

_hasher = PasswordHasher()

MIN_LENGTH = 12
MAX_LENGTH = 256


class PasswordPolicyError(ValueError):
    pass


def check_policy(password: str, crew_id: str) -> None:
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        raise PasswordPolicyError(f"password must be {MIN_LENGTH}-{MAX_LENGTH} characters")
    if crew_id.lower() in password.lower():
        raise PasswordPolicyError("password must not contain your crew number")


def hash_password(password: str, crew_id: str) -> str:
    check_policy(password, crew_id)
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> Tuple[bool, Optional[str]]:
    """Return (ok, replacement_hash). replacement_hash is set when parameters changed."""
    try:
        _hasher.verify(stored_hash, password)
    except VerifyMismatchError:
        return False, None
    except (VerificationError, InvalidHashError):
        log.warning("stored crew password hash could not be parsed")
        return False, None
    if _hasher.check_needs_rehash(stored_hash):
        return True, _hasher.hash(password)
    return True, None
