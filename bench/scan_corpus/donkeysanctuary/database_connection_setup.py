"""Shared database engine setup for the sanctuary's internal services."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger("sanctuary.db")


def _database_url() -> str:
    try:
        return os.environ["SANCTUARY_DATABASE_URL"]
    except KeyError as exc:
        raise RuntimeError("SANCTUARY_DATABASE_URL is not set") from exc


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    raw_url = _database_url()
    url = make_url(raw_url)
    engine = create_engine(
        url,
        pool_size=int(os.environ.get("DB_POOL_SIZE", "5")),
        max_overflow=10,
        pool_pre_ping=True,
        connect_args={"application_name": os.environ.get("SERVICE_NAME", "sanctuary")},
    )
    log.info("database engine ready: %s", url.render_as_string(hide_password=True))

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_connection, _record):
        with dbapi_connection.cursor() as cur:
            cur.execute("SET TIME ZONE 'Europe/London'")

    return engine


def check_connection() -> bool:
    engine = get_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        log.error(
            "database %s unreachable: %s",
            engine.url.render_as_string(hide_password=True),
            type(exc).__name__,
        )
        return False
    return True
