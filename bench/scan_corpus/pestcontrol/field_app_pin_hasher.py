"""Hashing of the short unlock passwords technicians set on shared field tablets."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import bcrypt

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 8
MIN_PASSWORD_LENGTH = 8


class PasswordPolicyError(ValueError):
    pass


@dataclass
class TabletCredential:
    tablet_id: str
    badge_no: str
    password_hash: bytes
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class TabletPasswordHasher:
    """Creates and checks credentials kept in the tablet's local store."""

    def __init__(self, rounds: int = BCRYPT_ROUNDS):
        self.rounds = rounds

    @staticmethod
    def _validate(password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordPolicyError("password too short")
        if password.isdigit():
            raise PasswordPolicyError("password must not be digits only")

    def hash(self, password: str) -> bytes:
        self._validate(password)
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self.rounds))

    def verify(self, password: str, hashed: bytes) -> bool:
        try:
            return bcrypt.checkpw(password.encode("utf-8"), hashed)
        except ValueError:
            log.warning("malformed credential hash encountered")
            return False

    def enrol(self, tablet_id: str, badge_no: str, password: str) -> TabletCredential:
        cred = TabletCredential(tablet_id=tablet_id, badge_no=badge_no,
                                password_hash=self.hash(password))
        log.info("enrolled technician %s on tablet %s", badge_no, tablet_id)
        return cred


def rehash_if_needed(hasher: TabletPasswordHasher, cred: TabletCredential,
                     password: str) -> TabletCredential:
    """Upgrade a stored hash after a successful unlock if the cost changed."""
    current_cost = int(cred.password_hash.split(b"$")[2])
    if current_cost != hasher.rounds:
        cred.password_hash = hasher.hash(password)
    return cred
