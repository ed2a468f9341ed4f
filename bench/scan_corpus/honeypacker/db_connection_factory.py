"""Database connection setup for the traceability and packing services."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger(__name__)


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
            host=os.environ["TRACE_DB_HOST"],
            port=int(os.environ.get("TRACE_DB_PORT", "5432")),
            name=os.environ.get("TRACE_DB_NAME", "traceability"),
            user=os.environ["TRACE_DB_USER"],
            password=os.environ["TRACE_DB_PASSWORD"],
            pool_size=int(os.environ.get("TRACE_DB_POOL", "5")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


_engine: Engine | None = None


def get_engine(settings: DatabaseSettings | None = None) -> Engine:
    global _engine
    if _engine is None:
        settings = settings or DatabaseSettings.from_env()
        log.info("opening traceability database pool (%d) at %s", settings.pool_size, settings.dsn)
        _engine = create_engine(settings.dsn, pool_size=settings.pool_size, pool_pre_ping=True)
    return _engine


def session_factory() -> sessionmaker:
    return sessionmaker(bind=get_engine(), expire_on_commit=False)


def dispose() -> None:
    global _engine
    if _engine is not None:
        _engine.dispose()
        _engine = None
        log.info("traceability database pool closed")
