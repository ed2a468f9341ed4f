"""Nightly export of invoices and payments to the accounts ledger.

Runs on the office server after close of business: reads the day's
invoices from the shop database and posts them to the ledger database
used by the bookkeeper.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg

log = logging.getLogger("ledger_export")


@dataclass
class LedgerTarget:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "LedgerTarget":
        return cls(
            host=os.environ["LEDGER_DB_HOST"],
            port=int(os.environ.get("LEDGER_DB_PORT", "5432")),
            dbname=os.environ.get("LEDGER_DB_NAME", "ledger"),
            user=os.environ["LEDGER_DB_USER"],
            password=os.environ["LEDGER_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"


def fetch_invoices(shop_dsn: str, day: date) -> list[tuple]:
    with psycopg.connect(shop_dsn) as conn:
        return conn.execute(
            "SELECT invoice_no, customer_ref, net_total, vat_total, issued_on"
            " FROM invoices WHERE issued_on = %s ORDER BY invoice_no",
            (day,),
        ).fetchall()


def post_to_ledger(target: LedgerTarget, rows: list[tuple]) -> int:
    log.info("connecting to ledger at %s", target.dsn)
    with psycopg.connect(target.dsn) as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO sales_journal (doc_no, account, net, vat, posted_on)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (doc_no) DO NOTHING",
                rows,
            )
            return cur.rowcount


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    day = date.today() - timedelta(days=1)
    rows = fetch_invoices(os.environ["SHOP_DB_DSN"], day)
    if not rows:
        log.info("no invoices for %s", day)
        return
    posted = post_to_ledger(LedgerTarget.from_env(), rows)
    log.info("posted %d of %d invoices for %s", posted, len(rows), day)


if __name__ == "__main__":
    main()
