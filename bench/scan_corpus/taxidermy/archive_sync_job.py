"""Nightly job copying closed commissions into the long-term archive database.

Closed commission records (with permit numbers) must be kept for five years
for wildlife-agency inspections; the live database only keeps two seasons.
"""
from __future__ import annotations

import argparse
import logging
import os
from datetime import date, timedelta

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger("studio.archive_sync")

BATCH_SIZE = 500


def _engine(dsn: str, label: str):
    url = make_url(dsn)
    log.info("%s database: %s", label, url.render_as_string(hide_password=True))
    return create_engine(url, pool_pre_ping=True)


def sync_closed_commissions(live_dsn: str, archive_dsn: str, closed_before: date) -> int:
    live = _engine(live_dsn, "live")
    archive = _engine(archive_dsn, "archive")
    copied = 0
    with live.connect() as src, archive.begin() as dst:
        result = src.execution_options(yield_per=BATCH_SIZE).execute(
            text(
                "SELECT c.id, c.customer_id, s.tag_number, s.species_scientific, "
                "p.permit_number, c.closed_on, c.total_cents "
                "FROM commissions c JOIN specimens s ON s.id = c.specimen_id "
                "LEFT JOIN permits p ON p.specimen_tag = s.tag_number "
                "WHERE c.closed_on < :cutoff AND c.archived = false"
            ),
            {"cutoff": closed_before},
        )
        for partition in result.mappings().partitions():
            dst.execute(
                text(
                    "INSERT INTO archived_commissions (id, customer_id, tag_number, "
                    "species_scientific, permit_number, closed_on, total_cents) VALUES "
                    "(:id, :customer_id, :tag_number, :species_scientific, :permit_number, "
                    ":closed_on, :total_cents) ON CONFLICT (id) DO NOTHING"
                ),
                [dict(row) for row in partition],
            )
            copied += len(partition)
            log.info("copied %d commissions so far", copied)
    return copied


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=730)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cutoff = date.today() - timedelta(days=args.days)
    n = sync_closed_commissions(os.environ["LIVE_DATABASE_URL"], os.environ["ARCHIVE_DATABASE_URL"], cutoff)
    log.info("archive sync done: %d commissions closed before %s", n, cutoff)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
