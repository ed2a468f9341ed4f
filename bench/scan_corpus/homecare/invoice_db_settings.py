"""Database settings and connection bootstrap for the invoicing worker.

The worker reads its connection details from the environment, opens a
SQLAlchemy engine and checks it can reach the invoicing schema before it
starts pulling jobs.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("invoicing.db")


@dataclass(frozen=True)
class InvoiceDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "verify-full"

    @classmethod
    def from_env(cls) -> "InvoiceDbSettings":
        return cls(
            host=os.environ["INVOICE_DB_HOST"],
            port=int(os.environ.get("INVOICE_DB_PORT", "5432")),
            name=os.environ.get("INVOICE_DB_NAME", "invoicing"),
            user=os.environ["INVOICE_DB_USER"],
            password=os.environ["INVOICE_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/"
            f"{self.name}?sslmode={self.sslmode}"
        )


def connect(settings: InvoiceDbSettings, attempts: int = 5, delay: float = 2.0) -> Engine:
    engine = create_engine(settings.dsn, pool_pre_ping=True, pool_size=5)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1 FROM invoicing.invoice_runs LIMIT 1"))
            log.info("invoicing database ready after %d attempt(s)", attempt)
            return engine
        except OperationalError as exc:
            log.warning("invoicing database not ready (attempt %d/%d) via %s", attempt, attempts, settings.dsn)
            log.debug("driver error: %s", exc.orig)
            time.sleep(delay * attempt)
    raise RuntimeError("invoicing database unavailable")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    connect(InvoiceDbSettings.from_env())
