"""Password storage for committee portal accounts, backed by Argon2id."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def make_hasher(settings: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(time_cost=settings.time_cost, memory_cost=settings.memory_cost_kib, parallelism=settings.parallelism, hash_len=settings.hash_len, salt_len=settings.salt_len)


class CommitteePasswordStore:
    def __init__(self, conninfo: str, hasher: Optional[PasswordHasher] = None) -> None:
        self._conninfo = conninfo
        self._hasher = hasher or make_hasher()

    def set_password(self, member_id: int, password: str) -> None:
        encoded = self._hasher.hash(password)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE committee_member SET pw_hash = %s, pw_changed_at = now() WHERE id = %s",
                (encoded, member_id),
            )

    def verify(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT id, pw_hash FROM committee_member WHERE email = %s AND active",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        member_id, encoded = row
        try:
            self._hasher.verify(encoded, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            log.info("failed committee login for %s", email.lower())
            return None
        if self._hasher.check_needs_rehash(encoded):
            self.set_password(member_id, password)
        return member_id
