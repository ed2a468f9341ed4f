"""Credential storage for referees signing in to the assignment portal."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass
class RefereeAccount:
    referee_id: int
    email: str
    certification_level: int
    password_hash: bytes


class RefereeCredentialStore:
    """Reads and writes referee passwords in the officials database."""

    def __init__(self, engine: Engine, rounds: int = 8) -> None:
        self._engine = engine
        self._rounds = rounds

    def _hash(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._rounds))

    def set_password(self, referee_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("Referee passwords must be at least 10 characters long.")
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE referees SET password_hash = :h WHERE id = :rid"),
                {"h": self._hash(password), "rid": referee_id},
            )
        log.info("Password updated for referee %s", referee_id)

    def find(self, email: str) -> Optional[RefereeAccount]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, email, certification_level, password_hash "
                    "FROM referees WHERE lower(email) = lower(:email)"
                ),
                {"email": email},
            ).first()
        if row is None:
            return None
        return RefereeAccount(row.id, row.email, row.certification_level, bytes(row.password_hash))

    def authenticate(self, email: str, password: str) -> Optional[RefereeAccount]:
        account = self.find(email)
        if account is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), account.password_hash):
            log.info("Failed referee sign-in for %s", email)
            return None
        return account
