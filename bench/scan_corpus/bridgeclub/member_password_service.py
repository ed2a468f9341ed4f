"""Password hashing for member accounts on the club portal."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clubdb.models import Member

log = logging.getLogger("bridgeclub.accounts")


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


class MemberPasswordService:
    def __init__(self, db: Session, settings: Optional[Argon2Settings] = None) -> None:
        self._db = db
        cfg = settings or Argon2Settings()
        self._hasher = PasswordHasher(
            time_cost=cfg.time_cost,
            memory_cost=cfg.memory_cost_kib,
            parallelism=cfg.parallelism,
        )

    def set_password(self, member_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        self._db.execute(
            update(Member)
            .where(Member.id == member_id)
            .values(password_hash=self._hasher.hash(password))
        )
        self._db.commit()

    def authenticate(self, email: str, password: str) -> Optional[Member]:
        member = self._db.execute(
            select(Member).where(Member.email == email.lower(), Member.active.is_(True))
        ).scalar_one_or_none()
        if member is None or not member.password_hash:
            return None
        try:
            self._hasher.verify(member.password_hash, password)
        except VerifyMismatchError:
            log.info("failed sign-in for member %s", member.id)
            return None
        except (VerificationError, InvalidHashError):
            log.warning("unreadable password hash for member %s", member.id)
            return None
        if self._hasher.check_needs_rehash(member.password_hash):
            member.password_hash = self._hasher.hash(password)
            self._db.commit()
        return member
