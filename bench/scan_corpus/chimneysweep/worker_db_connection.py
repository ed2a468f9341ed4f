"""Database connection setup for the invoice reminder worker."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("sweepdesk.worker")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    name: str
    user: str
    password: str = field(repr=False)
    port: int = 5432

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["WORKER_DB_HOST"],
            name=os.environ.get("WORKER_DB_NAME", "sweepdesk"),
            user=os.environ["WORKER_DB_USER"],
            password=os.environ["WORKER_DB_PASSWORD"],
            port=int(os.environ.get("WORKER_DB_PORT", "5432")),
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.name,
            query={"sslmode": "require"},
        )


def build_engine(settings: DatabaseSettings) -> Engine:
    engine = create_engine(settings.url, pool_size=3, pool_pre_ping=True)
    log.info(
        "Reminder worker connecting to %s",
        settings.url.render_as_string(hide_password=True),
    )
    return engine


def pending_reminders(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM invoices WHERE status = 'unpaid' AND due_on < now()")
        ).scalar_one()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    eng = build_engine(DatabaseSettings.from_env())
    log.info("%d overdue invoices awaiting reminders", pending_reminders(eng))
