"""Database bootstrap for the survey and agreements service.

Builds the SQLAlchemy engine from environment settings when the web app
and the Celery workers start, and checks the connection before serving.
"""

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("PGHOST", "localhost"),
            port=int(os.environ.get("PGPORT", "5432")),
            name=os.environ.get("PGDATABASE", "peatcutter"),
            user=os.environ["PGUSER"],
            password=os.environ["PGPASSWORD"],
            pool_size=int(os.environ.get("DB_POOL_SIZE", "5")),
        )

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def make_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    connection_url = settings.url
    log.info("Opening database pool %s (pool_size=%d)", connection_url, settings.pool_size)
    engine = create_engine(connection_url, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    log.info("Connected: %s", version.split(",")[0])
    return engine
