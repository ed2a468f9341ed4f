"""Creates the office database engine at start-up and checks that migrations are current."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("farrier.db")

EXPECTED_SCHEMA_VERSION = "2024_06_horse_passports"


@dataclass(frozen=True)
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
            host=os.environ.get("OFFICE_DB_HOST", "localhost"),
            port=int(os.environ.get("OFFICE_DB_PORT", "5432")),
            name=os.environ.get("OFFICE_DB_NAME", "farrier_office"),
            user=os.environ["OFFICE_DB_USER"],
            password=os.environ["OFFICE_DB_PASSWORD"],
            pool_size=int(os.environ.get("OFFICE_DB_POOL", "5")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


class SchemaOutOfDate(RuntimeError):
    pass


def build_engine(settings: DatabaseSettings) -> Engine:
    log.info("connecting to office database %s (pool=%d)", settings.dsn, settings.pool_size)
    return create_engine(settings.dsn, pool_size=settings.pool_size, pool_pre_ping=True)


def check_schema(engine: Engine) -> str:
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    if version != EXPECTED_SCHEMA_VERSION:
        raise SchemaOutOfDate(f"database is at {version}, expected {EXPECTED_SCHEMA_VERSION}")
    return version


def bootstrap() -> Engine:
    settings = DatabaseSettings.from_env()
    engine = build_engine(settings)
    version = check_schema(engine)
    log.info("office database ready at schema %s", version)
    return engine
