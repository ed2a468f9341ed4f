"""SQLAlchemy engine and session factory for the crematorium operations database."""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

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
            host=os.environ.get("CREMATORY_DB_HOST", "localhost"),
            port=int(os.environ.get("CREMATORY_DB_PORT", "5432")),
            name=os.environ.get("CREMATORY_DB_NAME", "crematory"),
            user=os.environ["CREMATORY_DB_USER"],
            password=os.environ["CREMATORY_DB_PASSWORD"],
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def build_engine(settings: DatabaseSettings):
    log.info("connecting to operations database at %s", settings.url)
    engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine


_SessionFactory: sessionmaker | None = None


def init(settings: DatabaseSettings | None = None) -> None:
    global _SessionFactory
    engine = build_engine(settings or DatabaseSettings.from_env())
    _SessionFactory = sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope() -> Iterator[Session]:
    if _SessionFactory is None:
        raise RuntimeError("database not initialised; call init() first")
    session = _SessionFactory()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
