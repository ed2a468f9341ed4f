"""Nightly job: queue damage-deposit refunds for bookings whose kit came back clean."""

from __future__ import annotations

import argparse
import logging
from datetime import date, timedelta

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("deposits.refund_queue")

ELIGIBLE_SQL = text(
    """
    SELECT d.id, d.booking_ref, d.processor_hold_id, d.amount
    FROM damage_deposits d
    JOIN bookings b ON b.ref = d.booking_ref
    WHERE d.status = 'held'
      AND b.collected_on <= :cutoff
      AND b.depot_code IN :depots
      AND NOT EXISTS (
          SELECT 1 FROM damage_reports r
          WHERE r.booking_ref = d.booking_ref AND r.status != 'dismissed'
      )
    ORDER BY b.collected_on
    """
).bindparams(bindparam("depots", expanding=True))

QUEUE_SQL = text(
    "INSERT INTO refund_queue (deposit_id, hold_id, amount, queued_on) "
    "VALUES (:deposit_id, :hold_id, :amount, :queued_on) ON CONFLICT (deposit_id) DO NOTHING"
)


def queue_refunds(engine: Engine, depots: list[str], inspection_days: int, today: date) -> int:
    cutoff = today - timedelta(days=inspection_days)
    queued = 0
    with engine.begin() as conn:
        rows = conn.execute(ELIGIBLE_SQL, {"cutoff": cutoff, "depots": depots}).all()
        for row in rows:
            result = conn.execute(
                QUEUE_SQL,
                {"deposit_id": row.id, "hold_id": row.processor_hold_id, "amount": row.amount, "queued_on": today},
            )
            queued += result.rowcount
            log.debug("queued refund for booking %s", row.booking_ref)
    return queued


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--depot", action="append", required=True, help="depot code, repeatable")
    parser.add_argument("--inspection-days", type=int, default=3)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    engine = create_engine(args.database_url)
    count = queue_refunds(engine, [d.upper() for d in args.depot], args.inspection_days, date.today())
    log.info("queued %d deposit refunds", count)


if __name__ == "__main__":
    main()
