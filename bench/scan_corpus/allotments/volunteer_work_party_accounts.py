"""Volunteer work-party accounts.

Volunteers who help on communal areas (orchard, composting bays, the
wildlife strip) sign up for work parties through the committee portal.
This module owns their credentials.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


class PasswordPolicy:
    """Password rules shared by the volunteer and committee login forms."""

    def __init__(self, min_length: int = 10, work_factor: int = 8) -> None:
        self._min_length = min_length
        self._work_factor = work_factor

    def validate(self, password: str) -> None:
        if len(password) < self._min_length:
            raise ValueError(f"password must be at least {self._min_length} characters")

    @property
    def salt(self) -> bytes:
        return bcrypt.gensalt(rounds=self._work_factor)


@dataclass
class Volunteer:
    id: int
    email: str
    name: str


class VolunteerAccounts:
    def __init__(self, engine: Engine, policy: Optional[PasswordPolicy] = None) -> None:
        self._engine = engine
        self._policy = policy or PasswordPolicy()

    def sign_up(self, email: str, name: str, password: str) -> Volunteer:
        self._policy.validate(password)
        hashed = bcrypt.hashpw(password.encode("utf-8"), self._policy.salt)
        with self._engine.begin() as conn:
            new_id = conn.execute(
                text("INSERT INTO volunteer (email, name, pw_hash) VALUES (:e, :n, :h) RETURNING id"),
                {"e": email.lower(), "n": name, "h": hashed.decode("ascii")},
            ).scalar_one()
        log.info("volunteer %s signed up", email.lower())
        return Volunteer(new_id, email.lower(), name)

    def login(self, email: str, password: str) -> Optional[Volunteer]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, email, name, pw_hash FROM volunteer WHERE email = :e"),
                {"e": email.lower()},
            ).first()
        if row is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), row.pw_hash.encode("ascii")):
            return None
        return Volunteer(row.id, row.email, row.name)


def build_accounts(database_url: str) -> VolunteerAccounts:
    return VolunteerAccounts(create_engine(database_url, pool_pre_ping=True))
