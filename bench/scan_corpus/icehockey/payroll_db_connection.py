"""Database engine for the referee payroll ledger used by the finance team."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("payroll.db")


@dataclass(frozen=True)
class LedgerSettings:
    host: str
    database: str
    username: str
    password: str
    port: int = 5432

    @classmethod
    def from_env(cls) -> "LedgerSettings":
        return cls(
            host=os.environ["PAYROLL_DB_HOST"],
            database=os.environ.get("PAYROLL_DB_NAME", "payroll"),
            username=os.environ["PAYROLL_DB_USER"],
            password=os.environ["PAYROLL_DB_PASSWORD"],
            port=int(os.environ.get("PAYROLL_DB_PORT", "5432")),
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
            query={"sslmode": "verify-full"},
        )


def ledger_engine(settings: LedgerSettings) -> Engine:
    url = settings.url
    log.info("Connecting to payroll ledger at %s", url.render_as_string(hide_password=True))
    return create_engine(url, pool_pre_ping=True, pool_size=5)


def outstanding_fees(engine: Engine, referee_id: int) -> Decimal:
    with engine.connect() as conn:
        total = conn.execute(
            text(
                "SELECT COALESCE(SUM(amount), 0) FROM officiating_fees "
                "WHERE referee_id = :rid AND paid_at IS NULL"
            ),
            {"rid": referee_id},
        ).scalar_one()
    return Decimal(total)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    engine = ledger_engine(LedgerSettings.from_env())
    print(outstanding_fees(engine, int(os.environ.get("REFEREE_ID", "0"))))
