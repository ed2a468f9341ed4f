"""Creates the SQLAlchemy engine for the booking service at process start."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("bootstrap.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("DB_HOST", "localhost"),
            port=int(os.environ.get("DB_PORT", "5432")),
            name=os.environ.get("DB_NAME", "dogwalk"),
            user=os.environ["DB_USER"],
            password=os.environ["DB_PASSWORD"],
            pool_size=int(os.environ.get("DB_POOL_SIZE", "10")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def connect(settings: DatabaseSettings | None = None, attempts: int = 5) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    engine = create_engine(settings.dsn, pool_size=settings.pool_size, pool_pre_ping=True)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("database ready at %s (pool=%d)", settings.dsn, settings.pool_size)
            return engine
        except OperationalError as exc:
            log.warning("database not ready (attempt %d/%d): %s", attempt, attempts, exc.orig)
            time.sleep(min(2 ** attempt, 30))
    raise RuntimeError(f"database {settings.name} on {settings.host} unreachable")
