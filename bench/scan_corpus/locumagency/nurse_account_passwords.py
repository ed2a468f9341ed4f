"""Password storage for nurse bank accounts, using Argon2id."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class NursePasswordStore:
    def __init__(self, engine: Engine, settings: Argon2Settings | None = None) -> None:
        cfg = settings or Argon2Settings()
        self._engine = engine
        self._hasher = PasswordHasher(
            time_cost=cfg.time_cost,
            memory_cost=cfg.memory_cost_kib,
            parallelism=cfg.parallelism,
            hash_len=cfg.hash_len,
            salt_len=cfg.salt_len,
        )

    def set_password(self, nurse_id: int, password: str) -> None:
        encoded = self._hasher.hash(password)
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE nurse_accounts SET password_hash = :h WHERE id = :id"),
                {"h": encoded, "id": nurse_id},
            )

    def verify(self, nurse_id: int, password: str) -> bool:
        with self._engine.connect() as conn:
            stored = conn.execute(
                text("SELECT password_hash FROM nurse_accounts WHERE id = :id"),
                {"id": nurse_id},
            ).scalar_one_or_none()
        if stored is None:
            return False
        try:
            self._hasher.verify(stored, password)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            log.warning("unreadable password hash for nurse account %s", nurse_id)
            return False
        if self._hasher.check_needs_rehash(stored):
            self.set_password(nurse_id, password)
        return True
