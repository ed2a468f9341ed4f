"""Database wiring for the beach hut letting service."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger("beachhuts.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str = field(default_factory=lambda: os.environ.get("BEACHHUTS_DB_HOST", "localhost"))
    port: int = field(default_factory=lambda: int(os.environ.get("BEACHHUTS_DB_PORT", "5432")))
    name: str = field(default_factory=lambda: os.environ.get("BEACHHUTS_DB_NAME", "beachhuts"))
    user: str = field(default_factory=lambda: os.environ.get("BEACHHUTS_DB_USER", "beachhuts_app"))
    password: str = field(default_factory=lambda: os.environ["BEACHHUTS_DB_PASSWORD"])
    pool_size: int = 5

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def build_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings()
    log.info("connecting to database %s", settings.dsn)
    engine = create_engine(
        settings.dsn,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        connect_args={"sslmode": "require", "application_name": "beachhuts"},
    )

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'Europe/London'")

    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
    log.info("database ready (PostgreSQL %s, pool %d)", version, settings.pool_size)
    return engine


SessionLocal = sessionmaker(expire_on_commit=False)


def init_db() -> Engine:
    engine = build_engine()
    SessionLocal.configure(bind=engine)
    return engine
