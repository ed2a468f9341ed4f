"""SQLAlchemy engine for the county ILS reporting replica.

Used by the overnight job that loads holds and item moves onto each van's
manifest.  The database URL, including credentials, comes from the vault
agent's rendered environment file.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("ils.pool")


@dataclass(frozen=True)
class PoolSettings:
    url: URL
    pool_size: int = 5
    max_overflow: int = 2
    connect_timeout: int = 10

    @classmethod
    def from_env(cls) -> "PoolSettings":
        return cls(
            url=make_url(os.environ["ILS_DATABASE_URL"]),
            pool_size=int(os.environ.get("ILS_POOL_SIZE", "5")),
        )

    @property
    def safe_url(self) -> str:
        return self.url.render_as_string(hide_password=True)


def build_engine(settings: PoolSettings) -> Engine:
    log.info("creating ILS engine for %s (pool_size=%d)", settings.safe_url, settings.pool_size)
    return create_engine(
        settings.url,
        pool_size=settings.pool_size,
        max_overflow=settings.max_overflow,
        pool_pre_ping=True,
        connect_args={"connect_timeout": settings.connect_timeout, "sslmode": "verify-full"},
    )


def check_connection(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        log.error("ILS database check failed for %s: %s",
                  engine.url.render_as_string(hide_password=True), exc.orig.__class__.__name__)
        return False
    return True


def van_manifest_counts(engine: Engine, van_code: str) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT kind, count(*) FROM van_manifest_items "
                "WHERE van_code = :van AND manifest_date = CURRENT_DATE GROUP BY kind"
            ),
            {"van": van_code},
        ).all()
    return {kind: count for kind, count in rows}
