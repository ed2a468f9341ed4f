"""Accounts for the gate stewards' check-in tablets (wristband scanning, incident notes)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 12

metadata = MetaData()

stewards = Table(
    "stewards",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("badge_no", String(16), unique=True, nullable=False),
    Column("name", String(120), nullable=False),
    Column("password_hash", LargeBinary(60), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("updated_at", DateTime(timezone=True)),
)


class StewardAccountStore:
    def __init__(self, engine: Engine, rounds: int = BCRYPT_ROUNDS) -> None:
        self._engine = engine
        self._rounds = rounds

    def _hash(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._rounds))

    def enrol(self, badge_no: str, name: str, password: str) -> int:
        with self._engine.begin() as conn:
            result = conn.execute(
                insert(stewards).values(
                    badge_no=badge_no,
                    name=name,
                    password_hash=self._hash(password),
                    active=True,
                    updated_at=datetime.now(timezone.utc),
                )
            )
        log.info("enrolled steward badge %s", badge_no)
        return result.inserted_primary_key[0]

    def reset_password(self, steward_id: int, new_password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(stewards)
                .where(stewards.c.id == steward_id)
                .values(password_hash=self._hash(new_password), updated_at=datetime.now(timezone.utc))
            )

    def check(self, badge_no: str, password: str) -> int | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(stewards.c.id, stewards.c.password_hash).where(
                    stewards.c.badge_no == badge_no, stewards.c.active.is_(True)
                )
            ).first()
        if row is None:
            return None
        if bcrypt.checkpw(password.encode("utf-8"), row.password_hash):
            return row.id
        log.warning("failed tablet login for steward badge %s", badge_no)
        return None
