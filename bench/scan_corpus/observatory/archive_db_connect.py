"""SQLAlchemy engine for the science archive's metadata database."""
import logging
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("archive.db")

_engine: Engine | None = None


def archive_url() -> URL:
    return URL.create(
        "postgresql+psycopg2",
        username=os.environ.get("ARCHIVE_DB_USER", "archive_ro"),
        password=os.environ["ARCHIVE_DB_PASSWORD"],
        host=os.environ.get("ARCHIVE_DB_HOST", "localhost"),
        port=int(os.environ.get("ARCHIVE_DB_PORT", "5432")),
        database=os.environ.get("ARCHIVE_DB_NAME", "archive"),
        query={"sslmode": "verify-full"},
    )


def get_engine() -> Engine:
    global _engine
    if _engine is None:
        url = archive_url()
        log.info("connecting to archive database %s", url.render_as_string(hide_password=True))
        _engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True)
    return _engine


def dispose() -> None:
    global _engine
    if _engine is not None:
        _engine.dispose()
        _engine = None
