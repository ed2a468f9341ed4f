"""Database settings and connection pool for the rounds back office."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from psycopg_pool import ConnectionPool

log = logging.getLogger("rounds.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"
    pool_min: int = 1
    pool_max: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["ROUNDS_DB_HOST"],
            port=int(os.environ.get("ROUNDS_DB_PORT", "5432")),
            name=os.environ["ROUNDS_DB_NAME"],
            user=os.environ["ROUNDS_DB_USER"],
            password=os.environ["ROUNDS_DB_PASSWORD"],
            sslmode=os.environ.get("ROUNDS_DB_SSLMODE", "require"),
        )

    @property
    def conninfo(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"
            f"?sslmode={self.sslmode}"
        )


@lru_cache(maxsize=1)
def get_pool() -> ConnectionPool:
    settings = DatabaseSettings.from_env()
    log.info("Opening connection pool to %s (min=%d max=%d)",
             settings.conninfo, settings.pool_min, settings.pool_max)
    pool = ConnectionPool(
        settings.conninfo,
        min_size=settings.pool_min,
        max_size=settings.pool_max,
        kwargs={"application_name": "rounds-backoffice"},
        open=True,
    )
    pool.wait(timeout=10)
    return pool


def healthcheck() -> bool:
    try:
        with get_pool().connection() as conn:
            conn.execute("SELECT 1")
        return True
    except Exception as exc:
        log.warning("Database healthcheck failed: %s", type(exc).__name__)
        return False
