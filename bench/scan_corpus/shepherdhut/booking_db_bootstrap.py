"""Application settings and database bootstrap for the booking service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger("shepherdhut.bootstrap")


@dataclass(frozen=True)
class Settings:
    database_url: str
    pool_size: int = 5
    echo_sql: bool = False
    site_name: str = "Shepherd Hut Lettings"

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            database_url=os.environ["DATABASE_URL"],
            pool_size=int(os.environ.get("DB_POOL_SIZE", "5")),
            echo_sql=os.environ.get("DB_ECHO", "0") == "1",
        )


class Database:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def engine(self) -> Engine:
        log.info("opening database pool (size=%d) at %s", self.settings.pool_size, self.settings.database_url)
        return create_engine(
            self.settings.database_url,
            pool_size=self.settings.pool_size,
            pool_pre_ping=True,
            echo=self.settings.echo_sql,
        )

    @cached_property
    def session_factory(self) -> sessionmaker:
        return sessionmaker(bind=self.engine, expire_on_commit=False)

    def check(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            log.error("database health check failed: %s", type(exc).__name__)
            return False
        return True


def bootstrap() -> Database:
    settings = Settings.from_env()
    db = Database(settings)
    if not db.check():
        raise SystemExit("database unavailable")
    log.info("%s booking service ready", settings.site_name)
    return db
