"""Creates the database engine for the property-management service and checks connectivity."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import URL

log = logging.getLogger("pms.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str = field(default_factory=lambda: os.environ["PMS_DB_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("PMS_DB_PORT", "5432")))
    name: str = field(default_factory=lambda: os.environ.get("PMS_DB_NAME", "pms"))
    user: str = field(default_factory=lambda: os.environ["PMS_DB_USER"])
    password: str = field(default_factory=lambda: os.environ["PMS_DB_PASSWORD"], repr=False)
    pool_size: int = 10

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.name,
        )


def create_engine(settings: DatabaseSettings, retries: int = 5) -> sa.Engine:
    url = settings.url
    log.info("connecting to %s", url.render_as_string(hide_password=True))
    engine = sa.create_engine(url, pool_size=settings.pool_size, pool_pre_ping=True)
    for attempt in range(1, retries + 1):
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            log.info("database reachable after %d attempt(s)", attempt)
            return engine
        except sa.exc.OperationalError as exc:
            log.warning("database not ready (attempt %d/%d): %s", attempt, retries,
                        type(exc.orig).__name__)
            time.sleep(min(2 ** attempt, 30))
    raise RuntimeError(f"database at {settings.host}:{settings.port} unreachable")


def schema_version(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    eng = create_engine(DatabaseSettings())
    print("schema version:", schema_version(eng))
