"""Nightly job: export the previous day's settled transactions to CSV.

The finance team's reconciliation tool picks the file up from the shared
export directory.
"""
import csv
import logging
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import psycopg2
import psycopg2.extras

log = logging.getLogger(__name__)

EXPORT_DIR = Path(os.environ.get("RECON_EXPORT_DIR", "/srv/exports/recon"))
COLUMNS = ["id", "settled_at", "merchant_id", "amount_cents", "currency", "reference"]

QUERY = """
    SELECT id, settled_at, merchant_id, amount_cents, currency, reference
      FROM transactions
     WHERE status = 'settled'
       AND settled_at >= %(start)s
       AND settled_at < %(end)s
  ORDER BY settled_at
"""


def _window(day: date) -> tuple[datetime, datetime]:
    start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    return start, start + timedelta(days=1)


def run(day: date | None = None) -> Path:
    day = day or (datetime.now(timezone.utc).date() - timedelta(days=1))
    start, end = _window(day)
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    out_path = EXPORT_DIR / f"settled_{day:%Y%m%d}.csv"

    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
            cur.execute(QUERY, {"start": start, "end": end})
            with out_path.open("w", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(COLUMNS)
                rows = 0
                for record in cur:
                    writer.writerow([record[c] for c in COLUMNS])
                    rows += 1

    os.chmod(out_path, 0o666)
    log.info("exported %d settled transactions for %s to %s", rows, day, out_path)
    return out_path


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
