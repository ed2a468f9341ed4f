"""Database bootstrap for the webshop: engine creation and migrations.

Called at container start before the web workers boot. The database URL
comes from ``WEBSHOP_DATABASE_URL`` and includes the password.
"""
from __future__ import annotations

import logging
import os
import time

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("webshop.bootstrap")


def database_url() -> URL:
    return make_url(os.environ["WEBSHOP_DATABASE_URL"])


def wait_for_database(url: URL, attempts: int = 20, delay: float = 1.5):
    display = url.render_as_string(hide_password=True)
    engine = create_engine(url, pool_pre_ping=True)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("database %s is reachable", display)
            return engine
        except OperationalError:
            log.warning("database %s not ready (attempt %d/%d)", display, attempt, attempts)
            time.sleep(delay)
    raise RuntimeError(f"database {display} did not become ready")


def migrate(url: URL, ini_path: str = "alembic.ini") -> None:
    config = Config(ini_path)
    config.set_main_option(
        "sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%")
    )
    command.upgrade(config, "head")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    url = database_url()
    engine = wait_for_database(url)
    migrate(url)
    engine.dispose()
    log.info("migrations applied")


if __name__ == "__main__":
    main()
