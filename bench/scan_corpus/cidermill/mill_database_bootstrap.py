"""Startup helper that connects the booking service to its database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("cidermill.bootstrap")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["MILL_DB_HOST"],
            port=int(os.environ.get("MILL_DB_PORT", "5432")),
            name=os.environ["MILL_DB_NAME"],
            user=os.environ["MILL_DB_USER"],
            password=os.environ["MILL_DB_PASSWORD"],
            pool_size=int(os.environ.get("MILL_DB_POOL", "5")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def connect(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    log.info("connecting to database %s (pool=%d)", settings.url, settings.pool_size)
    engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    log.info("database ready: %s", version)
    return engine


def ensure_schema(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())"
            )
        )
        applied = {r[0] for r in conn.execute(text("SELECT version FROM schema_migrations"))}
    log.info("%d migrations already applied", len(applied))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ensure_schema(connect())
