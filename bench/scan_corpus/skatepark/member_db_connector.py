"""Connection handling for the memberships database used by check-in and billing jobs."""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger("memberships.db")


@dataclass(frozen=True)
class MemberDbSettings:
    host: str = field(default_factory=lambda: os.environ.get("MEMBER_DB_HOST", "db.internal"))
    port: int = field(default_factory=lambda: int(os.environ.get("MEMBER_DB_PORT", "5432")))
    name: str = field(default_factory=lambda: os.environ.get("MEMBER_DB_NAME", "memberships"))
    user: str = field(default_factory=lambda: os.environ.get("MEMBER_DB_USER", "checkin"))
    password: str = field(default_factory=lambda: os.environ["MEMBER_DB_PASSWORD"], repr=False)
    pool_size: int = 5

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"
            "?sslmode=verify-full"
        )


class MemberDatabase:
    def __init__(self, settings: MemberDbSettings | None = None) -> None:
        self.settings = settings or MemberDbSettings()
        self._pool: ConnectionPool | None = None

    def open(self) -> None:
        log.info("opening membership database pool: %s", self.settings.dsn)
        self._pool = ConnectionPool(self.settings.dsn, max_size=self.settings.pool_size, open=True)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection]:
        if self._pool is None:
            self.open()
        assert self._pool is not None
        with self._pool.connection() as conn:
            yield conn

    def active_member(self, card_uid: str) -> dict | None:
        with self.connection() as conn:
            row = conn.execute(
                "SELECT id, full_name, tier, expires_on FROM members "
                "WHERE card_uid = %s AND expires_on >= current_date",
                (card_uid,),
            ).fetchone()
        if row is None:
            return None
        return {"id": row[0], "name": row[1], "tier": row[2], "expires_on": row[3]}

    def record_checkin(self, member_id: int, gate: str) -> None:
        with self.connection() as conn:
            conn.execute(
                "INSERT INTO checkins (member_id, gate) VALUES (%s, %s)", (member_id, gate)
            )
