"""Imports fuel card transactions into the plant cost ledger.

Runs nightly from cron. The card provider's CSV export is loaded so red
diesel and saw petrol can be costed against jobs and machines.
"""
from __future__ import annotations

import csv
import logging
import os
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("fuel.import")

INBOX = Path(os.environ.get("FUEL_INBOX", "/srv/sftp/fuelcards/inbox"))


def parse(path: Path) -> list[dict]:
    with path.open(newline="") as fh:
        return [
            {
                "card": row["CardNumber"][-4:],
                "reg": row["Registration"].replace(" ", "").upper(),
                "day": row["TransactionDate"],
                "product": row["Product"],
                "litres": Decimal(row["Litres"]),
                "net": Decimal(row["NetAmount"]),
            }
            for row in csv.DictReader(fh)
        ]


def run(database_url: str) -> int:
    url = make_url(database_url)
    log.info("importing fuel cards into %s", url.render_as_string(hide_password=True))
    engine = create_engine(url)
    total = 0
    with engine.begin() as conn:
        for path in sorted(INBOX.glob("*.csv")):
            rows = parse(path)
            if rows:
                conn.execute(
                    text(
                        "INSERT INTO fuel_transactions (card_last4, registration, tx_date, "
                        "product, litres, net_amount) "
                        "VALUES (:card, :reg, :day, :product, :litres, :net) ON CONFLICT DO NOTHING"
                    ),
                    rows,
                )
            total += len(rows)
            path.rename(path.with_suffix(".done"))
            log.info("loaded %d rows from %s", len(rows), path.name)
    return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    n = run(os.environ["LEDGER_DATABASE_URL"])
    log.info("fuel import finished: %d rows", n)
