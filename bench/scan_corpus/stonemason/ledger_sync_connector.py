"""Database connection for the accounts ledger sync.

Connection details come from the environment; what gets logged is the
URL with the password masked, plus the user and database name.
"""
from __future__ import annotations

import logging
import os
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("ledger_sync")


def ledger_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["LEDGER_DB_USER"],
        password=os.environ["LEDGER_DB_PASSWORD"],
        host=os.environ["LEDGER_DB_HOST"],
        port=int(os.environ.get("LEDGER_DB_PORT", "5432")),
        database=os.environ.get("LEDGER_DB_NAME", "ledger"),
    )


def ledger_engine() -> Engine:
    url = ledger_url()
    log.info("connecting to ledger %s", url.render_as_string(hide_password=True))
    return create_engine(url, pool_pre_ping=True, pool_size=2)


def post_payments(engine: Engine, payments: list[dict]) -> int:
    with engine.begin() as conn:
        result = conn.execute(
            text(
                "INSERT INTO cash_book (receipt_no, customer_ref, amount, received_on)"
                " VALUES (:receipt_no, :customer_ref, :amount, :received_on)"
                " ON CONFLICT (receipt_no) DO NOTHING"
            ),
            payments,
        )
    return result.rowcount


def sync_day(engine: Engine, shop_engine: Engine, day: date) -> int:
    with shop_engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT receipt_no, customer_ref, amount, received_on"
                " FROM payments WHERE received_on = :day"
            ),
            {"day": day},
        ).mappings().all()
    if not rows:
        log.info("no payments on %s", day)
        return 0
    posted = post_payments(engine, [dict(r) for r in rows])
    log.info("posted %d payments for %s as %s", posted, day, engine.url.username)
    return posted


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    shop = create_engine(os.environ["SHOP_DATABASE_URL"])
    sync_day(ledger_engine(), shop, date.today())
