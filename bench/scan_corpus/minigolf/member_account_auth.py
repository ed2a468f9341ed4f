"""Member accounts for the booking site: registration, login and password changes."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select, update
from sqlalchemy.engine import Engine

metadata = MetaData()

members = Table(
    "members",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("display_name", String(80), nullable=False),
    Column("password_hash", String(60), nullable=False),
)


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 10


class WeakPasswordError(ValueError):
    pass


class MemberAccounts:
    def __init__(self, engine: Engine, policy: PasswordPolicy = PasswordPolicy()) -> None:
        self._engine = engine
        self._policy = policy

    def _hash(self, password: str) -> str:
        if len(password) < self._policy.min_length:
            raise WeakPasswordError(f"passwords need at least {self._policy.min_length} characters")
        salt = bcrypt.gensalt(rounds=self._policy.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def register(self, email: str, display_name: str, password: str) -> int:
        with self._engine.begin() as conn:
            result = conn.execute(
                insert(members).values(
                    email=email.strip().lower(),
                    display_name=display_name.strip(),
                    password_hash=self._hash(password),
                )
            )
        return result.inserted_primary_key[0]

    def verify(self, email: str, password: str) -> Optional[int]:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(members.c.id, members.c.password_hash).where(
                    members.c.email == email.strip().lower()
                )
            ).first()
        if row is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), row.password_hash.encode("ascii")):
            return None
        if self._needs_rehash(row.password_hash):
            self.set_password(row.id, password)
        return row.id

    def _needs_rehash(self, stored: str) -> bool:
        return int(stored.split("$")[2]) < self._policy.bcrypt_rounds

    def set_password(self, member_id: int, new_password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(members)
                .where(members.c.id == member_id)
                .values(password_hash=self._hash(new_password))
            )
