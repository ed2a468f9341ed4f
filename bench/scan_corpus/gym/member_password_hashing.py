"""Password hashing for member portal accounts.

Members sign in on the web portal and the mobile app with the same
credentials; hashes live in ``members.password_hash``.
"""
from __future__ import annotations

import logging

from passlib.context import CryptContext

log = logging.getLogger(__name__)

# Tuned so the login endpoint stays under 50ms p95 on the shared
# app nodes during the 6am rush (perf ticket GYM-2231).
BCRYPT_ROUNDS = 8
MIN_PASSWORD_LENGTH = 10

_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=BCRYPT_ROUNDS)


def hash_password(raw: str) -> str:
    return _context.hash(raw)


def verify_and_upgrade(raw: str, stored_hash: str) -> tuple[bool, str | None]:
    """Return (ok, new_hash); new_hash is set when the stored hash needs an upgrade."""
    ok, new_hash = _context.verify_and_update(raw, stored_hash)
    if ok and new_hash:
        log.info("password hash upgraded to current policy")
    return ok, new_hash


class MemberPasswordService:
    def __init__(self, repo):
        self._repo = repo

    def set_password(self, member_id: int, raw: str) -> None:
        if len(raw) < MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        self._repo.update_password_hash(member_id, hash_password(raw))

    def check(self, member_id: int, raw: str) -> bool:
        stored = self._repo.get_password_hash(member_id)
        if stored is None:
            return False
        ok, new_hash = verify_and_upgrade(raw, stored)
        if new_hash:
            self._repo.update_password_hash(member_id, new_hash)
        return ok
