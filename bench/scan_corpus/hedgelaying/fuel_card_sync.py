"""Nightly sync of fuel card transactions into the plant cost ledger.

Red diesel for the tractors and flails and petrol for the saws are bought
on fuel cards. The card provider drops a CSV export on SFTP overnight;
this job loads it into the ledger so fuel can be costed against jobs.
"""
from __future__ import annotations

import csv
import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import psycopg

log = logging.getLogger("fuel.sync")


@dataclass(frozen=True)
class SyncSettings:
    dsn: str
    inbox: Path
    processed: Path

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            dsn=os.environ["LEDGER_DSN"],
            inbox=Path(os.environ.get("FUEL_INBOX", "/srv/sftp/fuelcards/inbox")),
            processed=Path(os.environ.get("FUEL_PROCESSED", "/srv/sftp/fuelcards/done")),
        )


def _rows(path: Path):
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            yield (
                row["CardNumber"][-4:],
                row["Registration"].replace(" ", "").upper(),
                row["TransactionDate"],
                row["Product"],
                Decimal(row["Litres"]),
                Decimal(row["NetAmount"]),
            )


def sync(settings: SyncSettings) -> int:
    files = sorted(settings.inbox.glob("*.csv"))
    if not files:
        log.info("no fuel card files waiting")
        return 0
    log.info("connecting to ledger with %s", settings.dsn)
    loaded = 0
    with psycopg.connect(settings.dsn) as conn:
        for path in files:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO fuel_transactions (card_last4, registration, tx_date, "
                    "product, litres, net_amount) VALUES (%s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT DO NOTHING",
                    list(_rows(path)),
                )
                loaded += cur.rowcount
            path.rename(settings.processed / path.name)
            log.info("loaded %s", path.name)
    return loaded


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    count = sync(SyncSettings.from_env())
    log.info("fuel sync finished, %d rows", count)
