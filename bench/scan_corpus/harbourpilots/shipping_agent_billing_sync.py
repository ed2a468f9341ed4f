"""Pushes finalised pilotage charges into the shared billing database.

The finance team's ERP reads from a Postgres schema owned by the billing
service. This job copies finalised charges for each shipping agent there
once a day.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import psycopg

log = logging.getLogger("harbourpilots.billing_sync")


@dataclass(frozen=True)
class BillingDbSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "BillingDbSettings":
        return cls(
            host=os.environ["BILLING_DB_HOST"],
            port=int(os.environ.get("BILLING_DB_PORT", "5432")),
            dbname=os.environ.get("BILLING_DB_NAME", "billing"),
            user=os.environ["BILLING_DB_USER"],
            password=os.environ["BILLING_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/"
            f"{self.dbname}?sslmode=verify-full"
        )


@dataclass
class Charge:
    invoice_no: str
    agent_code: str
    movement_id: int
    amount: Decimal
    currency: str = "GBP"


class BillingSync:
    def __init__(self, settings: BillingDbSettings) -> None:
        self._settings = settings

    def push(self, charges: list[Charge]) -> int:
        log.info("connecting to billing database %s", self._settings.dsn)
        with psycopg.connect(self._settings.dsn) as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO pilotage_charges (invoice_no, agent_code, movement_id, amount, "
                "currency) VALUES (%s, %s, %s, %s, %s) ON CONFLICT (invoice_no) DO NOTHING",
                [(c.invoice_no, c.agent_code, c.movement_id, c.amount, c.currency)
                 for c in charges],
            )
            inserted = cur.rowcount
        log.info("pushed %d of %d charges", inserted, len(charges))
        return inserted


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    BillingSync(BillingDbSettings.from_env()).push([])
