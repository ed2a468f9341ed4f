"""Password hashing for sponsor data-review portal accounts.

Wraps argon2-cffi so the rest of the portal never touches hash
parameters directly. Parameters follow current OWASP guidance for
Argon2id; raise them here and stored hashes are upgraded on next login.
"""
from __future__ import annotations

import logging

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,  # KiB
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
    "type": Type.ID,
}
MIN_LENGTH = 12

_ph = PasswordHasher(**ARGON2_PARAMS)


class ReviewerCredentials:
    def __init__(self, repository):
        self._repo = repository

    def set_password(self, reviewer_id: int, password: str) -> None:
        if len(password) < MIN_LENGTH:
            raise ValueError(f"password must be at least {MIN_LENGTH} characters")
        self._repo.update_hash(reviewer_id, _ph.hash(password))
        log.info("password updated for reviewer %s", reviewer_id)

    def check(self, reviewer_id: int, password: str) -> bool:
        stored = self._repo.get_hash(reviewer_id)
        if stored is None:
            return False
        try:
            _ph.verify(stored, password)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            log.error("unreadable password hash for reviewer %s", reviewer_id)
            return False
        if _ph.check_needs_rehash(stored):
            self._repo.update_hash(reviewer_id, _ph.hash(password))
        return True
