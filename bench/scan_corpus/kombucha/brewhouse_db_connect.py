"""Engine factory for the brewhouse Postgres database.

Fermentation logging, SCOBY inventory and the lab importer share one
database; this module builds the engine they use and logs where it
connected without exposing the password.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("brewhouse.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str = field(repr=False)
    sslmode: str = "require"
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["BREWHOUSE_DB_HOST"],
            port=int(os.environ.get("BREWHOUSE_DB_PORT", "5432")),
            name=os.environ.get("BREWHOUSE_DB_NAME", "brewhouse"),
            user=os.environ["BREWHOUSE_DB_USER"],
            password=os.environ["BREWHOUSE_DB_PASSWORD"],
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.name,
            query={"sslmode": self.sslmode},
        )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    settings = DatabaseSettings.from_env()
    log.info("connecting to brewhouse database %s", settings.url.render_as_string(hide_password=True))
    engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
    log.info("brewhouse database ready (server %s)", version)
    return engine


def healthcheck() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        log.exception("brewhouse database healthcheck failed")
        return False
