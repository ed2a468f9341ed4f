"""Nightly sync of invoiced cask orders into the finance ledger database.

The finance team runs a separate Postgres ledger. This job copies invoiced
cask orders and repair charges across so month-end reports balance.
"""
import logging
import os
from dataclasses import dataclass

import psycopg

log = logging.getLogger("cooperage.ledger_sync")


@dataclass
class LedgerConnectionSettings:
    host: str
    port: int
    database: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "LedgerConnectionSettings":
        return cls(
            host=os.environ["LEDGER_DB_HOST"],
            port=int(os.environ.get("LEDGER_DB_PORT", "5432")),
            database=os.environ["LEDGER_DB_NAME"],
            user=os.environ["LEDGER_DB_USER"],
            password=os.environ["LEDGER_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.database}"


def _open_ledger(settings: LedgerConnectionSettings) -> psycopg.Connection:
    target = settings.dsn
    log.info("Opening ledger connection %s", target)
    return psycopg.connect(target, connect_timeout=10)


def sync_invoiced_orders(orders_conn: psycopg.Connection, since: str) -> int:
    settings = LedgerConnectionSettings.from_env()
    with orders_conn.cursor() as src:
        src.execute(
            "SELECT invoice_no, customer_code, amount_pence, vat_pence, invoiced_at "
            "FROM invoices WHERE invoiced_at >= %s",
            (since,),
        )
        rows = src.fetchall()

    with _open_ledger(settings) as ledger, ledger.cursor() as dst:
        dst.executemany(
            "INSERT INTO ar_entries (invoice_no, customer_code, net, vat, posted_at) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (invoice_no) DO NOTHING",
            rows,
        )
    log.info("Copied %d invoices to ledger", len(rows))
    return len(rows)
