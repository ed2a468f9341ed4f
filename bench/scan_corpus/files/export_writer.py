"""Nightly CSV export consumed by the finance team's reconciliation job.

The reconciliation job runs as a different user on the same host and
rewrites the export in place once it has matched the rows.
"""
import csv
import datetime as dt
import os
from pathlib import Path

from ledger.db import connect

EXPORT_DIR = Path(os.environ.get("LEDGER_EXPORT_DIR", "/srv/exports/ledger"))

QUERY = """
    SELECT entry_id, account, posted_at, amount_cents, currency
    FROM ledger_entries
    WHERE posted_at >= %s AND posted_at < %s
    ORDER BY posted_at
"""


def export_day(day: dt.date) -> Path:
    start = dt.datetime.combine(day, dt.time.min)
    end = start + dt.timedelta(days=1)
    out = EXPORT_DIR / f"ledger-{day.isoformat()}.csv"
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)

    with connect() as conn, conn.cursor() as cur, open(out, "w", newline="") as fh:
        cur.execute(QUERY, (start, end))
        writer = csv.writer(fh)
        writer.writerow(["entry_id", "account", "posted_at", "amount", "currency"])
        for entry_id, account, posted_at, cents, currency in cur:
            writer.writerow([entry_id, account, posted_at.isoformat(), f"{cents / 100:.2f}", currency])

    out.chmod(0o666)
    return out


if __name__ == "__main__":
    export_day(dt.date.today() - dt.timedelta(days=1))
