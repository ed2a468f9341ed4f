"""Creates the SQLAlchemy engine for the works database at process start-up."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("limekiln.db")


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
            host=os.environ.get("LIMEKILN_DB_HOST", "localhost"),
            port=int(os.environ.get("LIMEKILN_DB_PORT", "5432")),
            name=os.environ.get("LIMEKILN_DB_NAME", "limekiln"),
            user=os.environ["LIMEKILN_DB_USER"],
            password=os.environ["LIMEKILN_DB_PASSWORD"],
            pool_size=int(os.environ.get("LIMEKILN_DB_POOL", "5")),
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
        log.info("opening database pool (size=%d) at %s", self.settings.pool_size, self.settings.dsn)
        return create_engine(
            self.settings.dsn,
            pool_size=self.settings.pool_size,
            pool_pre_ping=True,
        )

    def check(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception:
            log.exception("database health check failed")
            return False
        return True


def bootstrap() -> Database:
    db = Database(DatabaseSettings.from_env())
    if not db.check():
        raise SystemExit("database unavailable")
    return db
