"""Password hashing for the payroll and rota back office (crew, foremen, office staff)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import CrewMember

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(settings: Argon2Settings | None = None) -> PasswordHasher:
    s = settings or Argon2Settings()
    return PasswordHasher(
        time_cost=s.time_cost,
        memory_cost=s.memory_cost,
        parallelism=s.parallelism,
        hash_len=s.hash_len,
        salt_len=s.salt_len,
    )


class CrewPasswordService:
    def __init__(self, db: Session, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.hasher = hasher or build_hasher()

    def _member(self, payroll_no: str) -> CrewMember | None:
        return self.db.scalars(
            select(CrewMember).where(CrewMember.payroll_no == payroll_no)
        ).one_or_none()

    def set_password(self, payroll_no: str, password: str) -> None:
        member = self._member(payroll_no)
        if member is None:
            raise LookupError(payroll_no)
        member.password_hash = self.hasher.hash(password)
        self.db.commit()
        log.info("password set for crew member %s", payroll_no)

    def authenticate(self, payroll_no: str, password: str) -> CrewMember | None:
        member = self._member(payroll_no)
        if member is None or not member.password_hash:
            return None
        try:
            self.hasher.verify(member.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            log.info("failed login for crew member %s", payroll_no)
            return None
        if self.hasher.check_needs_rehash(member.password_hash):
            member.password_hash = self.hasher.hash(password)
            self.db.commit()
        return member
