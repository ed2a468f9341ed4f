"""Database engine factory for the CPAP sync and reporting jobs.

Connection URLs come from the environment. When a connection cannot be made
the job logs which server and database it tried, with the password masked,
so on-call staff can tell a wrong host from a wrong database.
"""
from __future__ import annotations

import logging
import os
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("cpap_sync.db")


class DatabaseUnavailable(RuntimeError):
    pass


def engine_from_env(var: str, attempts: int = 5, pause: float = 3.0) -> Engine:
    url = make_url(os.environ[var])
    safe_url = url.render_as_string(hide_password=True)
    engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)

    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("connected to %s", safe_url)
            return engine
        except OperationalError as exc:
            log.warning(
                "attempt %d/%d to connect to %s failed: %s",
                attempt,
                attempts,
                safe_url,
                exc.orig.__class__.__name__,
            )
            time.sleep(pause * attempt)
    engine.dispose()
    raise DatabaseUnavailable(f"could not connect to {safe_url} after {attempts} attempts")


def warehouse_engine() -> Engine:
    return engine_from_env("WAREHOUSE_URL")


def replica_engine() -> Engine:
    return engine_from_env("CPAP_REPLICA_URL")
