"""Weekly job: calculate owner payouts for completed stays and queue them for sending."""
from __future__ import annotations

import argparse
import logging
import os
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("shepherdhut.payout_run")

COMMISSION_RATE = Decimal("0.15")

COMPLETED_SQL = text(
    """
    SELECT b.id, b.total_pence, h.owner_id
    FROM bookings b JOIN huts h ON h.id = b.hut_id
    LEFT JOIN owner_payouts p ON p.booking_id = b.id
    WHERE b.status = 'completed' AND b.departure < :cutoff AND p.id IS NULL
    """
)

INSERT_SQL = text(
    """
    INSERT INTO owner_payouts (booking_id, owner_id, gross_pence, commission_pence, net_pence, status)
    VALUES (:booking_id, :owner_id, :gross, :commission, :net, 'pending')
    """
)


def split(total_pence: int) -> tuple[int, int]:
    commission = int((Decimal(total_pence) * COMMISSION_RATE).quantize(Decimal("1")))
    return commission, total_pence - commission


def run(database_url: str, cutoff: date, dry_run: bool = False) -> int:
    url = make_url(database_url)
    log.info("payout run against %s (cutoff %s)", url.render_as_string(hide_password=True), cutoff)
    engine = create_engine(url, pool_pre_ping=True)
    queued = 0
    with engine.begin() as conn:
        for row in conn.execute(COMPLETED_SQL, {"cutoff": cutoff}).mappings():
            commission, net = split(row["total_pence"])
            if not dry_run:
                conn.execute(
                    INSERT_SQL,
                    {
                        "booking_id": row["id"],
                        "owner_id": row["owner_id"],
                        "gross": row["total_pence"],
                        "commission": commission,
                        "net": net,
                    },
                )
            queued += 1
    log.info("queued %d payouts%s", queued, " (dry run)" if dry_run else "")
    return queued


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days-after-departure", type=int, default=3)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    cutoff = date.today() - timedelta(days=args.days_after_departure)
    run(os.environ["DATABASE_URL"], cutoff, args.dry_run)


if __name__ == "__main__":
    main()
