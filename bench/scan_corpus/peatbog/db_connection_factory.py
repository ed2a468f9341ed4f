"""Engine factory shared by the reporting jobs and the operations API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger("peatbog.db")


@dataclass(frozen=True)
class DatabaseSettings:
    url: str
    pool_size: int = 5
    statement_timeout_ms: int = 30_000
    application_name: str = "peatbog"

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            url=os.environ["PEATBOG_DATABASE_URL"],
            pool_size=int(os.environ.get("PEATBOG_DB_POOL", "5")),
            statement_timeout_ms=int(os.environ.get("PEATBOG_DB_TIMEOUT_MS", "30000")),
            application_name=os.environ.get("PEATBOG_APP_NAME", "peatbog"),
        )

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)


def _install_timeout(engine: Engine, timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET statement_timeout = %s", (timeout_ms,))


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    settings = DatabaseSettings.from_env()
    engine = create_engine(
        settings.url,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        connect_args={"application_name": settings.application_name},
    )
    _install_timeout(engine, settings.statement_timeout_ms)
    log.info("database engine ready: %s (pool=%d)", settings.display_url, settings.pool_size)
    return engine
