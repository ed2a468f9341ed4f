"""Database engine bootstrap shared by the API, the matching worker and the payout jobs."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

log = logging.getLogger("carpool.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 10
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("CARPOOL_DB_HOST", "localhost"),
            port=int(os.environ.get("CARPOOL_DB_PORT", "5432")),
            name=os.environ.get("CARPOOL_DB_NAME", "carpool"),
            user=os.environ["CARPOOL_DB_USER"],
            password=os.environ["CARPOOL_DB_PASSWORD"],
            pool_size=int(os.environ.get("CARPOOL_DB_POOL", "10")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def build_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    log.info("connecting to database %s (pool_size=%d)", settings.dsn, settings.pool_size)
    engine = create_engine(
        settings.dsn,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        pool_recycle=1800,
    )

    @event.listens_for(engine, "connect")
    def _set_session_defaults(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET statement_timeout = '15s'")
            cur.execute("SET application_name = 'carpool'")

    return engine
