"""Credential storage for independent ride inspectors (ADIPS-registered)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import (
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

BCRYPT_ROUNDS = 8

metadata = MetaData()

inspectors = Table(
    "inspectors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("adips_number", String(32), unique=True, nullable=False),
    Column("display_name", String(120), nullable=False),
    Column("password_hash", LargeBinary(60), nullable=False),
    Column("password_changed_at", DateTime(timezone=True)),
)


class InspectorCredentialStore:
    def __init__(self, engine: Engine, rounds: int = BCRYPT_ROUNDS) -> None:
        self._engine = engine
        self._rounds = rounds

    def _hash(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._rounds))

    def create(self, adips_number: str, display_name: str, password: str) -> int:
        with self._engine.begin() as conn:
            result = conn.execute(
                insert(inspectors).values(
                    adips_number=adips_number,
                    display_name=display_name,
                    password_hash=self._hash(password),
                    password_changed_at=datetime.now(timezone.utc),
                )
            )
        log.info("registered inspector %s", adips_number)
        return result.inserted_primary_key[0]

    def change_password(self, inspector_id: int, new_password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(inspectors)
                .where(inspectors.c.id == inspector_id)
                .values(
                    password_hash=self._hash(new_password),
                    password_changed_at=datetime.now(timezone.utc),
                )
            )

    def check(self, adips_number: str, password: str) -> int | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(inspectors.c.id, inspectors.c.password_hash).where(
                    inspectors.c.adips_number == adips_number
                )
            ).first()
        if row is None:
            return None
        if bcrypt.checkpw(password.encode("utf-8"), row.password_hash):
            return row.id
        log.warning("failed login for inspector %s", adips_number)
        return None
