"""Database connection setup for the parts and invoicing ledger service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("clocktower.ledger.db")


@dataclass(frozen=True)
class LedgerDatabase:
    host: str
    database: str
    username: str
    password: str
    port: int = 5432
    sslrootcert: str = "/etc/ssl/certs/ca-certificates.crt"

    @classmethod
    def from_env(cls) -> "LedgerDatabase":
        return cls(
            host=os.environ["LEDGER_DB_HOST"],
            database=os.environ["LEDGER_DB_NAME"],
            username=os.environ["LEDGER_DB_USER"],
            password=os.environ["LEDGER_DB_PASSWORD"],
            port=int(os.environ.get("LEDGER_DB_PORT", "5432")),
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": "verify-full", "sslrootcert": self.sslrootcert},
        )


def connect(settings: LedgerDatabase | None = None) -> Engine:
    settings = settings or LedgerDatabase.from_env()
    engine = create_engine(settings.url, pool_size=5, pool_pre_ping=True)
    log.info("ledger database: %s", settings.url.render_as_string(hide_password=True))

    @event.listens_for(engine, "connect")
    def _set_search_path(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET search_path TO ledger, public")

    return engine
