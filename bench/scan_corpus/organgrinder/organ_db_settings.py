"""Database settings and connection pool for the booking and workshop services."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from psycopg_pool import ConnectionPool

log = logging.getLogger("organgrinder.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str = field(default_factory=lambda: os.environ.get("PGHOST", "localhost"))
    port: int = field(default_factory=lambda: int(os.environ.get("PGPORT", "5432")))
    name: str = field(default_factory=lambda: os.environ.get("PGDATABASE", "organgrinder"))
    user: str = field(default_factory=lambda: os.environ.get("PGUSER", "organgrinder"))
    password: str = field(default_factory=lambda: os.environ["PGPASSWORD"])
    sslmode: str = "verify-full"
    pool_min: int = 1
    pool_max: int = 10

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


_pool: ConnectionPool | None = None


def get_pool(settings: DatabaseSettings | None = None) -> ConnectionPool:
    global _pool
    if _pool is None:
        settings = settings or DatabaseSettings()
        log.info("opening connection pool to %s", settings.dsn)
        _pool = ConnectionPool(
            settings.dsn,
            min_size=settings.pool_min,
            max_size=settings.pool_max,
            open=True,
        )
    return _pool


def healthcheck() -> bool:
    try:
        with get_pool().connection() as conn:
            conn.execute("SELECT 1")
        return True
    except Exception:
        log.exception("database healthcheck failed")
        return False


def close_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.close()
        _pool = None
        log.info("connection pool closed")
