"""Password hashing for back-office staff (dispatch, sales, accounts).

Wraps argon2-cffi with the parameters agreed for the office VM, and upgrades
hashes transparently on login when parameters change.
"""
from __future__ import annotations

import logging
from typing import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger("icehouse.staff.auth")

_ph = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, hash_len=32, salt_len=16)


class StaffPasswordService:
    def __init__(self, load_hash: Callable[[str], str | None], store_hash: Callable[[str, str], None]):
        self._load_hash = load_hash
        self._store_hash = store_hash

    def set_password(self, username: str, raw_password: str) -> None:
        if len(raw_password) < 12:
            raise ValueError("staff passwords must be at least 12 characters")
        self._store_hash(username, _ph.hash(raw_password))
        log.info("password updated for staff user %s", username)

    def authenticate(self, username: str, raw_password: str) -> bool:
        stored = self._load_hash(username)
        if stored is None:
            # Burn comparable time so unknown usernames are not obvious.
            _ph.hash(raw_password)
            return False
        try:
            _ph.verify(stored, raw_password)
        except VerifyMismatchError:
            log.info("failed login for staff user %s", username)
            return False
        except (VerificationError, InvalidHashError):
            log.warning("unreadable password hash for staff user %s", username)
            return False

        if _ph.check_needs_rehash(stored):
            self._store_hash(username, _ph.hash(raw_password))
        return True
