"""Database bootstrap for the ticketing service.

Builds the SQLAlchemy engine from the deployment settings, waits for the
database to accept connections after a deploy and runs pending schema
migrations before the web workers start.
"""
import logging
import os
import time
from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("ticketing.bootstrap")


@dataclass
class DatabaseSettings:
    host: str = os.environ.get("TICKETING_DB_HOST", "localhost")
    port: int = int(os.environ.get("TICKETING_DB_PORT", "5432"))
    name: str = os.environ.get("TICKETING_DB_NAME", "ticketing")
    user: str = os.environ.get("TICKETING_DB_USER", "ticketing")
    password: str = os.environ.get("TICKETING_DB_PASSWORD", "")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def wait_for_database(settings: DatabaseSettings, attempts: int = 30, delay: float = 2.0) -> Engine:
    engine = create_engine(settings.url, pool_pre_ping=True)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return engine
        except OperationalError:
            log.info("database not ready (attempt %d/%d), retrying", attempt, attempts)
            time.sleep(delay)
    raise RuntimeError("ticketing database did not come up")


def run_migrations(settings: DatabaseSettings) -> None:
    cfg = Config(os.environ.get("ALEMBIC_INI", "alembic.ini"))
    cfg.set_main_option("sqlalchemy.url", settings.url.replace("%", "%%"))
    command.upgrade(cfg, "head")


def bootstrap() -> Engine:
    settings = DatabaseSettings()
    log.info("connecting to ticketing database at %s", settings.url)
    engine = wait_for_database(settings)
    run_migrations(settings)
    log.info("ticketing schema is up to date")
    return engine


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bootstrap()
