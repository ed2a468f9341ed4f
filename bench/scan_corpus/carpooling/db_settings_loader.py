"""Engine factory for the payout and reporting jobs; logs where it connects without the password."""

from __future__ import annotations

import logging
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("carpool.jobs.db")


class DatabaseConfig:
    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = environ if environ is not None else os.environ
        self.url = URL.create(
            "postgresql+psycopg",
            username=env["CARPOOL_DB_USER"],
            password=env["CARPOOL_DB_PASSWORD"],
            host=env.get("CARPOOL_DB_HOST", "localhost"),
            port=int(env.get("CARPOOL_DB_PORT", "5432")),
            database=env.get("CARPOOL_DB_NAME", "carpool"),
            query={"sslmode": env.get("CARPOOL_DB_SSLMODE", "require")},
        )
        self.pool_size = int(env.get("CARPOOL_DB_POOL", "5"))
        self.echo = env.get("CARPOOL_DB_ECHO", "0") == "1"

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)


def make_engine(config: DatabaseConfig | None = None) -> Engine:
    config = config or DatabaseConfig()
    log.info("opening database pool to %s (size=%d)", config.display_url, config.pool_size)
    return create_engine(
        config.url,
        pool_size=config.pool_size,
        pool_pre_ping=True,
        echo=config.echo,
    )


def check_connectivity(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:
        log.error("database check failed for %s: %s", engine.url.render_as_string(hide_password=True), type(exc).__name__)
        return False
    return True
