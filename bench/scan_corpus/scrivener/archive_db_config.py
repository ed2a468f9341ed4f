"""Database settings and connection helper for the archive services."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

import psycopg2
from psycopg2.extensions import connection as PgConnection

log = logging.getLogger("scrivener.archive.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls, prefix: str = "ARCHIVE_DB_") -> "DatabaseSettings":
        env = os.environ
        return cls(
            host=env.get(prefix + "HOST", "localhost"),
            port=int(env.get(prefix + "PORT", "5432")),
            name=env.get(prefix + "NAME", "archive"),
            user=env[prefix + "USER"],
            password=env[prefix + "PASSWORD"],
            sslmode=env.get(prefix + "SSLMODE", "require"),
        )

    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}/"
            f"{self.name}?sslmode={self.sslmode}"
        )


_connection: PgConnection | None = None


def connect(settings: DatabaseSettings | None = None, retries: int = 3) -> PgConnection:
    global _connection
    if _connection is not None and not _connection.closed:
        return _connection
    settings = settings or DatabaseSettings.from_env()
    dsn = settings.dsn()
    log.info("connecting to archive database %s", dsn)
    last_error: Exception | None = None
    for attempt in range(1, retries + 1):
        try:
            _connection = psycopg2.connect(dsn, connect_timeout=5, application_name="archive-svc")
            return _connection
        except psycopg2.OperationalError as exc:
            last_error = exc
            log.warning("archive database attempt %d/%d failed", attempt, retries)
    raise RuntimeError("archive database unreachable") from last_error
