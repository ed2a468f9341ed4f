"""Database start-up for the office application.

Builds the SQLAlchemy engine from the deployment settings, waits for the
database to accept connections (the box in the yard office can be slow after
a power cut), and creates any missing tables.
"""

import logging
import os
import time
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from thatcher.models import Base

log = logging.getLogger("thatcher.startup")


@dataclass
class DatabaseSettings:
    host: str = os.environ.get("DB_HOST", "localhost")
    port: int = int(os.environ.get("DB_PORT", "5432"))
    name: str = os.environ.get("DB_NAME", "thatcher")
    user: str = os.environ.get("DB_USER", "thatcher")
    password: str = os.environ.get("DB_PASSWORD", "")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def wait_for_database(engine: Engine, attempts: int = 10, delay: float = 3.0) -> None:
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return
        except OperationalError:
            log.warning("Database not ready (attempt %d/%d)", attempt, attempts)
            time.sleep(delay)
    raise RuntimeError("Database did not become available")


def bootstrap(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings()
    db_url = settings.url
    log.info("Connecting to database at %s", db_url)
    engine = create_engine(db_url, pool_pre_ping=True, pool_size=5)
    wait_for_database(engine)
    Base.metadata.create_all(engine)
    log.info("Database schema ready")
    return engine
