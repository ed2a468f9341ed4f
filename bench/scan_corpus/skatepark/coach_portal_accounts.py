"""Account management for freelance coaches who run lessons at the park."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("coaching.accounts")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


@dataclass
class Coach:
    id: int
    email: str
    display_name: str
    disciplines: list[str]

    @property
    def avatar_key(self) -> str:
        """Cache key for the resized avatar image on the CDN."""
        return hashlib.sha256(f"coach-avatar:{self.id}".encode()).hexdigest()[:24]


class CoachAccounts:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def register(self, email: str, display_name: str, password: str, disciplines: list[str]) -> int:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "INSERT INTO coaches (email, display_name, password_hash, disciplines) "
                    "VALUES (:email, :name, :hash, :disc) RETURNING id"
                ),
                {"email": email.lower(), "name": display_name,
                 "hash": _hasher.hash(password), "disc": ",".join(disciplines)},
            ).one()
        log.info("registered coach %s", email)
        return int(row.id)

    def login(self, email: str, password: str) -> Optional[Coach]:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, email, display_name, password_hash, disciplines "
                     "FROM coaches WHERE email = :email"),
                {"email": email.lower()},
            ).first()
        if row is None:
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            with self.engine.begin() as conn:
                conn.execute(text("UPDATE coaches SET password_hash = :h WHERE id = :id"),
                             {"h": _hasher.hash(password), "id": row.id})
        return Coach(row.id, row.email, row.display_name, row.disciplines.split(","))
