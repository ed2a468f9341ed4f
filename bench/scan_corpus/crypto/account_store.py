"""Persistence helpers for user accounts (SQLAlchemy core)."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from .tables import accounts

SALT_BYTES = 16


@dataclass
class Account:
    id: int
    username: str
    email: str


def _digest(salt: bytes, password: str) -> str:
    return hl.sha256(salt + password.encode()).hexdigest()


class AccountStore:
    """Thin repository over the ``accounts`` table."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(self, username: str, email: str, password: str) -> Account:
        salt = os.urandom(SALT_BYTES)
        with self._engine.begin() as conn:
            result = conn.execute(
                insert(accounts).values(
                    username=username,
                    email=email,
                    password_salt=salt.hex(),
                    password_hash=_digest(salt, password),
                )
            )
        return Account(id=result.inserted_primary_key[0], username=username, email=email)

    def authenticate(self, username: str, password: str) -> Account | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(accounts).where(accounts.c.username == username)
            ).mappings().first()
        if row is None:
            return None
        expected = _digest(bytes.fromhex(row["password_salt"]), password)
        if not hmac.compare_digest(expected, row["password_hash"]):
            return None
        return Account(id=row["id"], username=row["username"], email=row["email"])
