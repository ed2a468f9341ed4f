"""Builds SQLAlchemy engines for the booking, routing and supplier databases."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("yurthire.db")


@dataclass(frozen=True)
class DatabaseConfig:
    name: str
    url: URL
    pool_size: int = 5

    @classmethod
    def from_env(cls, name: str) -> "DatabaseConfig":
        prefix = f"{name.upper()}_DB_"
        url = URL.create(
            "postgresql+psycopg",
            username=os.environ[prefix + "USER"],
            password=os.environ[prefix + "PASSWORD"],
            host=os.environ[prefix + "HOST"],
            port=int(os.environ.get(prefix + "PORT", "5432")),
            database=os.environ.get(prefix + "NAME", name),
        )
        return cls(name=name, url=url, pool_size=int(os.environ.get(prefix + "POOL", "5")))

    @property
    def safe_url(self) -> str:
        return self.url.render_as_string(hide_password=True)


_engines: dict[str, Engine] = {}


def engine_for(name: str) -> Engine:
    if name in _engines:
        return _engines[name]
    config = DatabaseConfig.from_env(name)
    engine = create_engine(config.url, pool_size=config.pool_size, pool_pre_ping=True)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        log.error("database %s unreachable at %s", name, config.safe_url)
        raise RuntimeError(f"database {name} unreachable at {config.safe_url}") from exc
    log.info("connected to %s database at %s", name, config.safe_url)
    _engines[name] = engine
    return engine


def dispose_all() -> None:
    for name, engine in list(_engines.items()):
        engine.dispose()
        log.info("closed pool for %s", name)
        del _engines[name]
