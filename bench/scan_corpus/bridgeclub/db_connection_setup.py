"""Engine factory for the scoring database, used by the web app and jobs."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url

log = logging.getLogger("bridgeclub.db")


def database_url() -> URL:
    raw = os.environ.get("SCORING_DATABASE_URL")
    if raw:
        return make_url(raw)
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["SCORING_DB_USER"],
        password=os.environ["SCORING_DB_PASSWORD"],
        host=os.environ.get("SCORING_DB_HOST", "localhost"),
        port=int(os.environ.get("SCORING_DB_PORT", "5432")),
        database=os.environ.get("SCORING_DB_NAME", "scoring"),
    )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    url = database_url()
    log.info("connecting to scoring database %s", url.render_as_string(hide_password=True))
    engine = create_engine(
        url,
        pool_size=int(os.environ.get("SCORING_DB_POOL", "5")),
        pool_pre_ping=True,
        connect_args={"application_name": "bridgeclub-scoring"},
    )

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")

    return engine


def check_connection() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        log.error("scoring database unreachable: %s", type(exc).__name__)
        return False
    return True
