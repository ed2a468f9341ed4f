"""Engine factory for the forge stock and scheduling databases."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("farrier.db")


@dataclass(frozen=True)
class DbConfig:
    host: str
    database: str
    username: str
    password: str
    port: int = 5432
    sslmode: str = "require"

    @classmethod
    def from_env(cls, prefix: str) -> "DbConfig":
        return cls(
            host=os.environ[f"{prefix}_HOST"],
            database=os.environ[f"{prefix}_NAME"],
            username=os.environ[f"{prefix}_USER"],
            password=os.environ[f"{prefix}_PASSWORD"],
            port=int(os.environ.get(f"{prefix}_PORT", "5432")),
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
            query={"sslmode": self.sslmode},
        )


def make_engine(config: DbConfig, application_name: str) -> Engine:
    url = config.url.update_query_dict({"application_name": application_name})
    log.info("creating engine for %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'Europe/London'")

    return engine


def healthcheck(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception as exc:
        log.error("database healthcheck failed for %s: %s", engine.url.render_as_string(hide_password=True),
                  type(exc).__name__)
        return False


FORGE_STOCK = lambda: make_engine(DbConfig.from_env("FORGE_DB"), "forge-stock")  # noqa: E731
SCHEDULING = lambda: make_engine(DbConfig.from_env("SCHED_DB"), "scheduling")  # noqa: E731
