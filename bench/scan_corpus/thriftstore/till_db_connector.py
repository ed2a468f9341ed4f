"""Database connection set-up shared by the head-office till services."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger("tills.db")


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = field(repr=False)
    pool_size: int = 5
    statement_timeout_ms: int = 30_000

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            url=os.environ["TAKINGS_DATABASE_URL"],
            pool_size=int(os.environ.get("TAKINGS_POOL_SIZE", "5")),
        )

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)


class TillDatabase:
    def __init__(self, settings: DatabaseSettings) -> None:
        self.settings = settings

    @cached_property
    def engine(self) -> Engine:
        log.info("connecting to takings database %s", self.settings.display_url)
        engine = create_engine(
            self.settings.url,
            pool_size=self.settings.pool_size,
            pool_pre_ping=True,
        )
        timeout = self.settings.statement_timeout_ms

        @event.listens_for(engine, "connect")
        def _set_timeout(dbapi_conn, _record):
            with dbapi_conn.cursor() as cur:
                cur.execute("SET statement_timeout = %s", (timeout,))

        return engine

    def healthcheck(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception as exc:
            log.error("takings database %s unreachable: %s",
                      self.settings.display_url, type(exc).__name__)
            return False
