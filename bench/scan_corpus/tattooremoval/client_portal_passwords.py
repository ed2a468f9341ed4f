"""Password handling for the client self-service portal.

Clients use the portal to see upcoming laser sessions, download aftercare
sheets and pay booking deposits.
"""
from __future__ import annotations

import hmac
import secrets
from hashlib import sha512 as _digest

from sqlalchemy import Column, Integer, MetaData, String, Table, select
from sqlalchemy.engine import Engine

metadata = MetaData()

portal_users = Table(
    "portal_users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_id", Integer, nullable=False, unique=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("password_salt", String(64), nullable=False),
    Column("password_hash", String(128), nullable=False),
)

MIN_PASSWORD_LENGTH = 10


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


class PortalPasswordService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _check_policy(password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError("password must be at least 10 characters")
        if password.isdigit():
            raise ValueError("password must not be only digits")

    def register(self, client_id: int, email: str, password: str) -> int:
        self._check_policy(password)
        salt = secrets.token_hex(16)
        with self._engine.begin() as conn:
            result = conn.execute(
                portal_users.insert().values(
                    client_id=client_id,
                    email=email.strip().lower(),
                    password_salt=salt,
                    password_hash=_hash_password(password, salt),
                )
            )
            return int(result.inserted_primary_key[0])

    def verify(self, email: str, password: str) -> bool:
        stmt = select(portal_users.c.password_salt, portal_users.c.password_hash).where(
            portal_users.c.email == email.strip().lower()
        )
        with self._engine.connect() as conn:
            row = conn.execute(stmt).first()
        if row is None:
            return False
        candidate = _hash_password(password, row.password_salt)
        return hmac.compare_digest(candidate, row.password_hash)

    def set_password(self, client_id: int, password: str) -> None:
        self._check_policy(password)
        salt = secrets.token_hex(16)
        with self._engine.begin() as conn:
            conn.execute(
                portal_users.update()
                .where(portal_users.c.client_id == client_id)
                .values(password_salt=salt, password_hash=_hash_password(password, salt))
            )
