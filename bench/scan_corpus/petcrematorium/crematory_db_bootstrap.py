"""Creates the SQLAlchemy engine for the crematory operations database at start-up."""
from __future__ import annotations

import logging
import os
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)


def database_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["CREMATORY_DB_USER"],
        password=os.environ["CREMATORY_DB_PASSWORD"],
        host=os.environ.get("CREMATORY_DB_HOST", "localhost"),
        port=int(os.environ.get("CREMATORY_DB_PORT", "5432")),
        database=os.environ.get("CREMATORY_DB_NAME", "crematory"),
    )


def _display(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def wait_for_database(url: URL, attempts: int = 10, delay_s: float = 3.0) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, pool_size=5)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("connected to %s", _display(url))
            return engine
        except OperationalError as exc:
            log.warning(
                "database %s not ready (attempt %d/%d): %s",
                _display(url),
                attempt,
                attempts,
                exc.__class__.__name__,
            )
            time.sleep(delay_s)
    raise RuntimeError(f"could not connect to {_display(url)} after {attempts} attempts")


def bootstrap() -> Engine:
    url = database_url()
    log.info("bootstrapping operations database %s", _display(url))
    return wait_for_database(url)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bootstrap().dispose()
