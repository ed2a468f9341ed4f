"""Database settings and connection helper for the venue-bookings service."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

import psycopg
from psycopg.rows import dict_row

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["VENUE_DB_HOST"],
            port=int(os.environ.get("VENUE_DB_PORT", "5432")),
            name=os.environ.get("VENUE_DB_NAME", "venues"),
            user=os.environ["VENUE_DB_USER"],
            password=os.environ["VENUE_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}/"
            f"{self.name}?sslmode={self.sslmode}"
        )


def connect(settings: DatabaseSettings | None = None) -> psycopg.Connection:
    settings = settings or DatabaseSettings.from_env()
    logger.info("opening venue database connection using %s", settings.dsn)
    return psycopg.connect(settings.dsn, row_factory=dict_row, connect_timeout=10)


def upcoming_holds(conn: psycopg.Connection, venue_id: int) -> list[dict]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, performance_date, show_title, status FROM venue_holds "
            "WHERE venue_id = %s AND performance_date >= CURRENT_DATE ORDER BY performance_date",
            (venue_id,),
        )
        return cur.fetchall()
