"""Database settings for the maintenance scheduling service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("clocktower.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "verify-full"
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["CLOCKTOWER_DB_HOST"],
            port=int(os.environ.get("CLOCKTOWER_DB_PORT", "5432")),
            name=os.environ["CLOCKTOWER_DB_NAME"],
            user=os.environ["CLOCKTOWER_DB_USER"],
            password=os.environ["CLOCKTOWER_DB_PASSWORD"],
            sslmode=os.environ.get("CLOCKTOWER_DB_SSLMODE", "verify-full"),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


_engine: Engine | None = None


def get_engine(settings: DatabaseSettings | None = None) -> Engine:
    global _engine
    if _engine is None:
        settings = settings or DatabaseSettings.from_env()
        log.info("creating database engine for %s", settings.dsn)
        _engine = create_engine(
            settings.dsn,
            pool_size=settings.pool_size,
            pool_pre_ping=True,
            future=True,
        )
    return _engine


def dispose_engine() -> None:
    global _engine
    if _engine is not None:
        _engine.dispose()
        _engine = None
        log.info("database engine disposed")
