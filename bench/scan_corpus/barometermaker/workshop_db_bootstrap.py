"""Database bootstrap for the workshop services.

Builds the SQLAlchemy engine from the deployment settings, waits for the
database to come up (the container often starts before Postgres does) and
runs a trivial query so misconfiguration fails fast.
"""
import logging
import os
import time
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("PGHOST", "localhost"),
            port=int(os.environ.get("PGPORT", "5432")),
            name=os.environ.get("PGDATABASE", "workshop"),
            user=os.environ["PGUSER"],
            password=os.environ["PGPASSWORD"],
        )

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg2",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.name,
        )


def build_engine(settings: DatabaseSettings, attempts: int = 10, pause: float = 3.0) -> Engine:
    url = settings.url()
    dsn = url.render_as_string(hide_password=False)
    engine = create_engine(url, pool_pre_ping=True, pool_size=5)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            logger.info("connected to workshop database on attempt %d", attempt)
            return engine
        except OperationalError as exc:
            logger.warning("database not ready (%s), attempt %d/%d using %s", exc.orig, attempt, attempts, dsn)
            time.sleep(pause)
    raise RuntimeError(f"could not reach database at {settings.host}:{settings.port}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    build_engine(DatabaseSettings.from_env())
