"""Accounts for volunteer timekeepers and penalty-box attendants."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass
class Volunteer:
    volunteer_id: int
    email: str
    rinks: list[str]
    password_hash: bytes


class VolunteerAccountStore:
    def __init__(self, engine: Engine, rounds: int = 12) -> None:
        self._engine = engine
        self._rounds = rounds

    def _hash(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._rounds))

    def create(self, email: str, password: str, rinks: list[str]) -> int:
        if len(password) < 10:
            raise ValueError("Passwords must be at least 10 characters long.")
        with self._engine.begin() as conn:
            volunteer_id = conn.execute(
                text(
                    "INSERT INTO volunteers (email, rinks, password_hash) "
                    "VALUES (lower(:email), :rinks, :h) RETURNING id"
                ),
                {"email": email, "rinks": ",".join(rinks), "h": self._hash(password)},
            ).scalar_one()
        log.info("Created volunteer account %s for %s", volunteer_id, email)
        return volunteer_id

    def _find(self, email: str) -> Optional[Volunteer]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, email, rinks, password_hash FROM volunteers WHERE email = lower(:e)"),
                {"e": email},
            ).first()
        if row is None:
            return None
        return Volunteer(row.id, row.email, row.rinks.split(","), bytes(row.password_hash))

    def authenticate(self, email: str, password: str) -> Optional[Volunteer]:
        volunteer = self._find(email)
        if volunteer is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), volunteer.password_hash):
            return None
        return volunteer
