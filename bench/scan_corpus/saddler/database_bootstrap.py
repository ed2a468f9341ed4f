"""Creates the SQLAlchemy engine for the workshop back office.

Shared by the repair desk, fitting planner and stockist portal so all
of them point at the same Postgres database and log which one they
connected to at start-up.
"""
import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url

log = logging.getLogger("saddler.db")


def database_url() -> URL:
    return make_url(os.environ["DATABASE_URL"])


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    url = database_url()
    engine = create_engine(
        url,
        pool_size=int(os.environ.get("DB_POOL_SIZE", "5")),
        pool_pre_ping=True,
        future=True,
    )
    log.info("Connecting to %s", url.render_as_string(hide_password=True))
    return engine


def check_connection() -> bool:
    try:
        with get_engine().connect() as conn:
            version = conn.execute(text("SELECT version()")).scalar_one()
    except Exception:
        log.exception("Database at %s unreachable", database_url().host)
        return False
    log.info("Database ready: %s", version.split(",")[0])
    return True
