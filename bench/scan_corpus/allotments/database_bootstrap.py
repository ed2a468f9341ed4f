"""Database connection bootstrap for the allotments background workers."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import psycopg

log = logging.getLogger(__name__)


@dataclass
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str = field(repr=False)
    connect_timeout: int = 5
    retries: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["ALLOTMENTS_DB_HOST"],
            port=int(os.environ.get("ALLOTMENTS_DB_PORT", "5432")),
            name=os.environ["ALLOTMENTS_DB_NAME"],
            user=os.environ["ALLOTMENTS_DB_USER"],
            password=os.environ["ALLOTMENTS_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"
            f"?connect_timeout={self.connect_timeout}&application_name=allotments-worker"
        )


class DatabaseUnavailable(RuntimeError):
    pass


def connect(settings: DatabaseSettings | None = None) -> psycopg.Connection:
    settings = settings or DatabaseSettings.from_env()
    last_error: Exception | None = None
    for attempt in range(1, settings.retries + 1):
        try:
            conn = psycopg.connect(settings.dsn)
            log.info("connected to %s on %s as %s", settings.name, settings.host, settings.user)
            return conn
        except psycopg.OperationalError as exc:
            last_error = exc
            log.warning("database not ready (attempt %d/%d)", attempt, settings.retries)
            time.sleep(min(2 ** attempt, 30))
    raise DatabaseUnavailable(f"could not connect to {settings.dsn} after {settings.retries} attempts") from last_error
