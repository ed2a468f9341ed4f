"""Credential storage for radiologists on the credentialing service.

Hashes use Argon2id; parameters live in a settings object so the security
team can tune them per deployment and old hashes are upgraded on login.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import Radiologist

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=self.hash_len,
            salt_len=self.salt_len,
            type=Type.ID,
        )


class CredentialService:
    def __init__(self, session: Session, settings: Argon2Settings | None = None) -> None:
        self._session = session
        self._hasher = (settings or Argon2Settings()).hasher()

    def set_password(self, radiologist_id: int, password: str) -> None:
        if len(password) < 14:
            raise ValueError("radiologist passwords must be at least 14 characters")
        self._session.execute(
            update(Radiologist)
            .where(Radiologist.id == radiologist_id)
            .values(password_hash=self._hasher.hash(password))
        )

    def verify(self, email: str, password: str) -> Radiologist | None:
        radiologist = self._session.scalar(select(Radiologist).where(Radiologist.email == email.lower()))
        if radiologist is None:
            return None
        try:
            self._hasher.verify(radiologist.password_hash, password)
        except (VerificationError, InvalidHashError):
            log.info("password check failed for radiologist %s", radiologist.id)
            return None
        if self._hasher.check_needs_rehash(radiologist.password_hash):
            radiologist.password_hash = self._hasher.hash(password)
            log.info("upgraded password hash parameters for radiologist %s", radiologist.id)
        return radiologist
