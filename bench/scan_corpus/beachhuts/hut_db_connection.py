"""Database engine factory for the beach hut letting service."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import URL, create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger("beachhuts.db")


@dataclass(frozen=True)
class DbSettings:
    host: str = field(default_factory=lambda: os.environ.get("BEACHHUTS_DB_HOST", "localhost"))
    port: int = field(default_factory=lambda: int(os.environ.get("BEACHHUTS_DB_PORT", "5432")))
    database: str = field(default_factory=lambda: os.environ.get("BEACHHUTS_DB_NAME", "beachhuts"))
    username: str = field(default_factory=lambda: os.environ.get("BEACHHUTS_DB_USER", "beachhuts_app"))
    password: str = field(default_factory=lambda: os.environ["BEACHHUTS_DB_PASSWORD"], repr=False)
    pool_size: int = 5

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
        )


def make_engine(settings: DbSettings | None = None) -> Engine:
    settings = settings or DbSettings()
    log.info("connecting to database %s", settings.url.render_as_string(hide_password=True))
    engine = create_engine(
        settings.url,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        connect_args={"sslmode": "require", "application_name": "beachhuts"},
    )
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar_one()
    except Exception:
        log.exception("database %s unreachable", settings.url.render_as_string(hide_password=True))
        raise
    log.info("database ready (PostgreSQL %s)", version)
    return engine


SessionLocal = sessionmaker(expire_on_commit=False)


def init_db() -> Engine:
    engine = make_engine()
    SessionLocal.configure(bind=engine)
    return engine
