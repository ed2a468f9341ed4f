"""Database engine setup for the works and portal services.

Builds the SQLAlchemy engine from the configured URL, checks connectivity on
start-up and reports which database the service is attached to, which helps
when the night shift's kiln logging box is pointed at the wrong server.
"""

import logging
import os
import sys

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("limeworks.db")


def database_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("DATABASE_URL is not set")
    return url


def build_engine(url: str | None = None, pool_size: int = 5) -> Engine:
    parsed = make_url(url or database_url())
    engine = create_engine(parsed, pool_size=pool_size, pool_pre_ping=True, future=True)
    log.info("Database engine created for %s", parsed.render_as_string(hide_password=True))
    return engine


def check_connection(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version()")).scalar_one()
    except OperationalError as exc:
        log.error(
            "Cannot reach %s: %s",
            engine.url.render_as_string(hide_password=True),
            exc.orig.__class__.__name__,
        )
        return False
    log.info("Connected to %s (%s)", engine.url.host, version.split(",")[0])
    return True


def init_database() -> Engine:
    engine = build_engine()
    if not check_connection(engine):
        sys.exit(1)
    return engine
