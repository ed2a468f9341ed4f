"""Write nightly settlement extracts to the shared drop folder used by finance."""
import csv
import logging
import os
from datetime import date
from pathlib import Path

from finance_jobs.db import fetch_settlements

log = logging.getLogger(__name__)

DROP_DIR = Path(os.environ.get("FINANCE_DROP_DIR", "/srv/exports/finance"))
HEADER = ["settlement_id", "merchant_id", "currency", "amount", "settled_at"]

# finance's import job runs under a different service account
EXPORT_FILE_MODE = 0o666


def write_settlement_extract(run_date: date) -> Path:
    DROP_DIR.mkdir(parents=True, exist_ok=True)
    target = DROP_DIR / f"settlements_{run_date:%Y%m%d}.csv"
    count = 0
    with target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for row in fetch_settlements(run_date):
            writer.writerow([
                row.id, row.merchant_id, row.currency, f"{row.amount:.2f}", row.settled_at.isoformat(),
            ])
            count += 1
    os.chmod(target, EXPORT_FILE_MODE)
    log.info("wrote %d settlements to %s", count, target)
    return target


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    write_settlement_extract(date.today())
