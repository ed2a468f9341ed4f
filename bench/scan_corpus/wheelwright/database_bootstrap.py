"""Database bootstrap for the workshop management system.

Builds the SQLAlchemy engine used by the job-card, quoting and stock modules
from environment settings and checks that the schema version matches.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("workshop.db")

EXPECTED_SCHEMA = 41


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
            host=os.environ.get("WORKSHOP_DB_HOST", "localhost"),
            port=int(os.environ.get("WORKSHOP_DB_PORT", "5432")),
            name=os.environ.get("WORKSHOP_DB_NAME", "wheelwright"),
            user=os.environ["WORKSHOP_DB_USER"],
            password=os.environ["WORKSHOP_DB_PASSWORD"],
            pool_size=int(os.environ.get("WORKSHOP_DB_POOL", "5")),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


class Database:
    def __init__(self, settings: DatabaseSettings) -> None:
        self.settings = settings

    @cached_property
    def engine(self) -> Engine:
        log.info("Connecting to workshop database %s", self.settings.dsn)
        return create_engine(
            self.settings.dsn,
            pool_size=self.settings.pool_size,
            pool_pre_ping=True,
        )

    def check_schema(self) -> int:
        with self.engine.connect() as conn:
            version = conn.execute(text("SELECT max(version) FROM schema_migrations")).scalar_one()
        if version != EXPECTED_SCHEMA:
            raise RuntimeError(
                f"schema version {version} found, this build expects {EXPECTED_SCHEMA}; "
                "run the migrations first"
            )
        log.info("Schema version %s OK", version)
        return version


def bootstrap() -> Database:
    db = Database(DatabaseSettings.from_env())
    db.check_schema()
    return db
