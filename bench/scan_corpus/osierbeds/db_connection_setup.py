"""Database settings and connection helper for the harvest and orders database."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import psycopg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("PGHOST", "localhost"),
            port=int(os.environ.get("PGPORT", "5432")),
            name=os.environ.get("PGDATABASE", "osierbeds"),
            user=os.environ["PGUSER"],
            password=os.environ["PGPASSWORD"],
            sslmode=os.environ.get("PGSSLMODE", "require"),
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"
            f"?sslmode={self.sslmode}"
        )


def connect(settings: DatabaseSettings, attempts: int = 5, delay: float = 2.0) -> psycopg.Connection:
    """Connect with a few retries; the database host is sometimes slow to wake."""
    log.info("connecting to harvest database %s", settings.dsn)
    last_exc: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return psycopg.connect(settings.dsn, connect_timeout=10, application_name="osierbeds")
        except psycopg.OperationalError as exc:
            last_exc = exc
            log.warning("database not ready (attempt %d/%d)", attempt, attempts)
            time.sleep(delay * attempt)
    raise RuntimeError("could not connect to the harvest database") from last_exc


def ensure_schema(conn: psycopg.Connection) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "CREATE TABLE IF NOT EXISTS harvest_records ("
            " id bigserial PRIMARY KEY,"
            " bed_code text NOT NULL,"
            " variety text NOT NULL,"
            " grade text NOT NULL,"
            " bundles integer NOT NULL CHECK (bundles >= 0),"
            " cut_on date NOT NULL)"
        )
    conn.commit()
