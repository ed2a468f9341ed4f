"""Password storage for member portal accounts using Argon2id."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Member

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(cfg: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cfg.time_cost,
        memory_cost=cfg.memory_cost,
        parallelism=cfg.parallelism,
        hash_len=cfg.hash_len,
        salt_len=cfg.salt_len,
    )


class MemberPasswordService:
    def __init__(self, session: Session, hasher: PasswordHasher | None = None) -> None:
        self._session = session
        self._hasher = hasher or build_hasher()

    def set_password(self, member: Member, password: str) -> None:
        if len(password) < 10:
            raise ValueError("Password must be at least 10 characters")
        member.password_hash = self._hasher.hash(password)
        self._session.commit()

    def authenticate(self, email: str, password: str) -> Member | None:
        member = self._session.scalars(
            select(Member).where(Member.email == email.strip().lower())
        ).first()
        if member is None or not member.password_hash:
            return None
        try:
            self._hasher.verify(member.password_hash, password)
        except VerifyMismatchError:
            log.info("Failed portal login for member %s", member.id)
            return None
        except (VerificationError, InvalidHashError):
            log.warning("Unreadable password hash for member %s", member.id)
            return None
        if self._hasher.check_needs_rehash(member.password_hash):
            member.password_hash = self._hasher.hash(password)
            self._session.commit()
        return member
