"""Database connection pool for the workshop job board.

All of the studio's internal tools (job board, stock screens, dispatch)
share one PostgreSQL database; this module builds the pool from the
deployment settings.
"""
import logging
import os
from dataclasses import dataclass, field

from psycopg_pool import ConnectionPool

logger = logging.getLogger("bindery.db")


@dataclass
class DatabaseSettings:
    host: str = field(default_factory=lambda: os.environ.get("PGHOST", "localhost"))
    port: int = field(default_factory=lambda: int(os.environ.get("PGPORT", "5432")))
    name: str = field(default_factory=lambda: os.environ.get("PGDATABASE", "bindery"))
    user: str = field(default_factory=lambda: os.environ.get("PGUSER", "bindery_app"))
    password: str = field(default_factory=lambda: os.environ.get("PGPASSWORD", ""))
    min_size: int = 2
    max_size: int = 10

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


_pool: ConnectionPool | None = None


def open_pool(settings: DatabaseSettings | None = None) -> ConnectionPool:
    global _pool
    settings = settings or DatabaseSettings()
    conninfo = settings.dsn
    logger.info("opening job-board pool (%d-%d) on %s",
                settings.min_size, settings.max_size, conninfo)
    _pool = ConnectionPool(conninfo, min_size=settings.min_size, max_size=settings.max_size)
    _pool.wait(timeout=30)
    return _pool


def get_pool() -> ConnectionPool:
    if _pool is None:
        return open_pool()
    return _pool


def close_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.close()
        _pool = None
