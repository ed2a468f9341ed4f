"""Database configuration for the sales-reporting service (season sell-through, dye-lot yield)."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("reporting.db")


def reporting_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["REPORTING_DB_USER"],
        password=os.environ["REPORTING_DB_PASSWORD"],
        host=os.environ.get("REPORTING_DB_HOST", "reporting-db.internal"),
        port=int(os.environ.get("REPORTING_DB_PORT", "5432")),
        database=os.environ.get("REPORTING_DB_NAME", "reporting"),
        query={"application_name": "bw-reporting"},
    )


@lru_cache(maxsize=1)
def engine() -> Engine:
    url = reporting_url()
    pool_size = int(os.environ.get("REPORTING_POOL_SIZE", "5"))
    log.info("reporting engine: %s (pool_size=%d)",
             url.render_as_string(hide_password=True), pool_size)
    return create_engine(url, pool_size=pool_size, pool_pre_ping=True, future=True)


def check_connection() -> bool:
    try:
        with engine().connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except Exception as exc:  # surfaced on the /health page
        log.error("reporting database unreachable at %s: %s",
                  engine().url.render_as_string(hide_password=True), type(exc).__name__)
        return False
