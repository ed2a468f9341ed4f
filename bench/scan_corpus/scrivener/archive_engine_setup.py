"""SQLAlchemy engine factory for the scanned-originals archive."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("scrivener.archive")


def archive_url() -> URL:
    return URL.create(
        "postgresql+psycopg2",
        username=os.environ["ARCHIVE_DB_USER"],
        password=os.environ["ARCHIVE_DB_PASSWORD"],
        host=os.environ.get("ARCHIVE_DB_HOST", "localhost"),
        port=int(os.environ.get("ARCHIVE_DB_PORT", "5432")),
        database=os.environ.get("ARCHIVE_DB_NAME", "archive"),
        query={"sslmode": os.environ.get("ARCHIVE_DB_SSLMODE", "require")},
    )


@lru_cache(maxsize=1)
def get_engine(pool_size: int = 5) -> Engine:
    url = archive_url()
    log.info("creating archive engine for %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_size=pool_size, pool_pre_ping=True, future=True)

    @event.listens_for(engine, "connect")
    def _set_search_path(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET search_path TO archive, public")

    return engine


def healthcheck() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception as exc:
        log.error("archive database healthcheck failed: %s", type(exc).__name__)
        return False


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print("ok" if healthcheck() else "unavailable")
