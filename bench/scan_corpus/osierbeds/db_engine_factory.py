"""SQLAlchemy engine factory for the osierbeds services."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DbConfig:
    host: str
    port: int
    database: str
    username: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DbConfig":
        return cls(
            host=os.environ.get("DB_HOST", "localhost"),
            port=int(os.environ.get("DB_PORT", "5432")),
            database=os.environ.get("DB_NAME", "osierbeds"),
            username=os.environ["DB_USER"],
            password=os.environ["DB_PASSWORD"],
            pool_size=int(os.environ.get("DB_POOL_SIZE", "5")),
        )

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


def make_engine(config: DbConfig) -> Engine:
    url = config.url
    log.info("creating engine for %s", url.render_as_string(hide_password=True))
    engine = create_engine(
        url,
        pool_size=config.pool_size,
        pool_pre_ping=True,
        connect_args={"sslmode": "require", "application_name": "osierbeds"},
    )

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'Europe/London'")

    return engine
