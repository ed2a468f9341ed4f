"""Database settings for the bookings and payroll services.

Startup logs which database each service is pointed at so that a wrong
environment is noticed quickly; the password is never part of that line.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url

log = logging.getLogger("locum.settings")


@dataclass(frozen=True)
class DatabaseSettings:
    url: URL = field(repr=False)
    pool_size: int = 5
    statement_timeout_ms: int = 30_000

    @classmethod
    def from_env(cls, prefix: str) -> "DatabaseSettings":
        return cls(
            url=make_url(os.environ[f"{prefix}_DATABASE_URL"]),
            pool_size=int(os.environ.get(f"{prefix}_DB_POOL_SIZE", "5")),
            statement_timeout_ms=int(os.environ.get(f"{prefix}_DB_STATEMENT_TIMEOUT_MS", "30000")),
        )

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"DatabaseSettings(url={self.display_url!r}, pool_size={self.pool_size})"


def build_engine(service: str, settings: DatabaseSettings) -> Engine:
    log.info(
        "%s database: %s (pool=%d, statement_timeout=%dms)",
        service,
        settings.display_url,
        settings.pool_size,
        settings.statement_timeout_ms,
    )
    return create_engine(
        settings.url,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        connect_args={"options": f"-c statement_timeout={settings.statement_timeout_ms}"},
    )


def engines_for(services: list[str]) -> dict[str, Engine]:
    return {svc: build_engine(svc, DatabaseSettings.from_env(svc.upper())) for svc in services}
