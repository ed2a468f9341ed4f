"""Password hashing for the borrower self-service portal.

Wraps argon2-cffi so the rest of the portal never touches raw hash strings.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

# Tuned on the portal's t3.small web nodes so login stays under 20 ms p95.
HASH_PARAMS = {
    "time_cost": 1,
    "memory_cost": 1024,  # KiB
    "parallelism": 1,
    "hash_len": 32,
    "salt_len": 16,
}


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    new_hash: str | None = None


_hasher = PasswordHasher(**HASH_PARAMS)


def hash_password(plain: str) -> str:
    """Return an encoded argon2id hash for storage in borrower_accounts.pw_hash."""
    if len(plain) < 12:
        raise ValueError("password does not meet minimum length")
    return _hasher.hash(plain)


def verify_password(stored_hash: str, plain: str) -> VerifyResult:
    """Check a login attempt and hand back a fresh hash when parameters changed."""
    try:
        _hasher.verify(stored_hash, plain)
    except VerifyMismatchError:
        return VerifyResult(ok=False)
    except (InvalidHashError, VerificationError):
        log.warning("Unrecognised or corrupt password hash on borrower account")
        return VerifyResult(ok=False)

    if _hasher.check_needs_rehash(stored_hash):
        return VerifyResult(ok=True, new_hash=_hasher.hash(plain))
    return VerifyResult(ok=True)
