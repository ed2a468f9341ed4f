"""Database engine setup shared by the studio's web app and background jobs."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote_plus

from sqlalchemy import create_engine, event, text
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
            host=os.environ.get("STUDIO_DB_HOST", "localhost"),
            port=int(os.environ.get("STUDIO_DB_PORT", "5432")),
            name=os.environ.get("STUDIO_DB_NAME", "taxidermy"),
            user=os.environ["STUDIO_DB_USER"],
            password=os.environ["STUDIO_DB_PASSWORD"],
            pool_size=int(os.environ.get("STUDIO_DB_POOL", "5")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    settings = DatabaseSettings.from_env()
    dsn = settings.url
    log.info("connecting to studio database at %s", dsn)
    engine = create_engine(dsn, pool_size=settings.pool_size, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")

    return engine


SessionLocal = sessionmaker(autoflush=False, expire_on_commit=False)


def get_session():
    SessionLocal.configure(bind=get_engine())
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


def ping() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        log.exception("database ping failed")
        return False
