"""Database settings and connection pool for the guild records service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from psycopg_pool import ConnectionPool

log = logging.getLogger("guild.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"
    pool_min: int = 1
    pool_max: int = 8

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["GUILD_DB_HOST"],
            port=int(os.environ.get("GUILD_DB_PORT", "5432")),
            name=os.environ.get("GUILD_DB_NAME", "guild"),
            user=os.environ["GUILD_DB_USER"],
            password=os.environ["GUILD_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


_pool: ConnectionPool | None = None


def open_pool(settings: DatabaseSettings | None = None) -> ConnectionPool:
    global _pool
    if _pool is not None:
        return _pool
    settings = settings or DatabaseSettings.from_env()
    log.info("Opening guild records pool on %s", settings.dsn)
    _pool = ConnectionPool(
        conninfo=settings.dsn,
        min_size=settings.pool_min,
        max_size=settings.pool_max,
        open=True,
    )
    return _pool


def close_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.close()
        _pool = None
        log.info("Guild records pool closed")


def healthcheck() -> bool:
    pool = open_pool()
    with pool.connection() as conn:
        return conn.execute("SELECT 1").fetchone() == (1,)
