"""Password hashing for the member portal, built on argon2id."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HashSettings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


def make_hasher(cfg: HashSettings = HashSettings()) -> PasswordHasher:
    return PasswordHasher(time_cost=cfg.time_cost, memory_cost=cfg.memory_cost_kib, parallelism=cfg.parallelism)


class MemberPasswords:
    def __init__(self, engine: Engine, hasher: Optional[PasswordHasher] = None) -> None:
        self.engine = engine
        self.hasher = hasher or make_hasher()

    def set_password(self, member_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must have at least 10 characters")
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE members SET password_hash = :h WHERE id = :id"),
                {"h": self.hasher.hash(password), "id": member_id},
            )

    def verify(self, email: str, password: str) -> Optional[int]:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM members WHERE email = :email AND active"),
                {"email": email.strip().lower()},
            ).first()
        if row is None:
            return None
        try:
            self.hasher.verify(row.password_hash, password)
        except VerifyMismatchError:
            return None
        except (VerificationError, InvalidHashError):
            log.warning("unusable password hash stored for member %s", row.id)
            return None
        if self.hasher.check_needs_rehash(row.password_hash):
            self.set_password(row.id, password)
        return row.id
