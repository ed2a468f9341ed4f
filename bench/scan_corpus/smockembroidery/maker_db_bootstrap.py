"""Bootstrap the maker-accounts database connection pool.

Called once at worker start-up.  Builds the DSN from the deployment's
settings, opens a psycopg pool and checks that the schema version matches
what this release expects.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from psycopg_pool import ConnectionPool

log = logging.getLogger("smockstudio.db")

EXPECTED_SCHEMA_VERSION = 42


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    min_size: int = 2
    max_size: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("MAKERS_DB_HOST", "localhost"),
            port=int(os.environ.get("MAKERS_DB_PORT", "5432")),
            name=os.environ.get("MAKERS_DB_NAME", "makers"),
            user=os.environ["MAKERS_DB_USER"],
            password=os.environ["MAKERS_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"
            "?sslmode=require"
        )


class SchemaMismatch(RuntimeError):
    pass


def open_pool(settings: DatabaseSettings | None = None) -> ConnectionPool:
    settings = settings or DatabaseSettings.from_env()
    log.info("opening maker database pool dsn=%s", settings.dsn)
    pool = ConnectionPool(
        settings.dsn,
        min_size=settings.min_size,
        max_size=settings.max_size,
        open=True,
    )
    with pool.connection() as conn:
        row = conn.execute("SELECT version FROM schema_info LIMIT 1").fetchone()
    version = row[0] if row else None
    if version != EXPECTED_SCHEMA_VERSION:
        pool.close()
        raise SchemaMismatch(
            f"maker database schema is {version}, expected {EXPECTED_SCHEMA_VERSION}"
        )
    log.info("maker database ready (schema %s, pool %s-%s)", version, settings.min_size, settings.max_size)
    return pool
