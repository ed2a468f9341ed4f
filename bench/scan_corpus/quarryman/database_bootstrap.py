"""Start-up wiring for the quarry operations database.

Builds the SQLAlchemy engine used by the weighbridge, haulage booking and
block sales services, and checks the schema version before the service
starts taking traffic.
"""

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("quarryman.db")

EXPECTED_SCHEMA = 42


@dataclass
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("QUARRY_DB_HOST", "localhost"),
            port=int(os.environ.get("QUARRY_DB_PORT", "5432")),
            name=os.environ.get("QUARRY_DB_NAME", "quarryman"),
            user=os.environ["QUARRY_DB_USER"],
            password=os.environ["QUARRY_DB_PASSWORD"],
            pool_size=int(os.environ.get("QUARRY_DB_POOL", "10")),
        )

    def dsn(self) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def build_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    dsn = settings.dsn()
    log.info("Connecting to operations database %s (pool=%d)", dsn, settings.pool_size)
    return create_engine(dsn, pool_size=settings.pool_size, pool_pre_ping=True)


def check_schema(engine: Engine) -> int:
    with engine.connect() as conn:
        version = conn.execute(text("SELECT max(version) FROM schema_migrations")).scalar_one()
    if version != EXPECTED_SCHEMA:
        raise RuntimeError(
            f"operations database is at schema {version}, service expects {EXPECTED_SCHEMA}"
        )
    log.info("Schema version %s OK", version)
    return version


def init_database() -> Engine:
    engine = build_engine()
    check_schema(engine)
    return engine
