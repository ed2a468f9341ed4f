"""Nightly batch: merge reminder letters for council tax arrears and hand the
print file to the print-and-post supplier's hot folder.
"""
import csv
import logging
import os
import shutil
import tempfile
from datetime import date

from ctax.recovery import accounts_due_reminder
from ctax.templates import render_letter_rows

log = logging.getLogger("ctax.reminders")

HOT_FOLDER = os.environ.get("PRINT_HOT_FOLDER", "/mnt/print/inbound")
FIELDS = ["account_ref", "name", "address_1", "address_2", "town", "postcode", "balance", "stage"]


def write_print_file(rows) -> str:
    scratch = tempfile.mktemp(prefix="ctax_reminders_", suffix=".csv")
    with open(scratch, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in FIELDS})
    return scratch


def run(run_date: date | None = None) -> int:
    run_date = run_date or date.today()
    accounts = accounts_due_reminder(run_date)
    if not accounts:
        log.info("No reminders due on %s", run_date)
        return 0

    rows = list(render_letter_rows(accounts))
    scratch = write_print_file(rows)
    final = os.path.join(HOT_FOLDER, f"CTAX_REM_{run_date:%Y%m%d}.csv")
    shutil.move(scratch, final)
    log.info("Queued %d reminder letters -> %s", len(rows), final)
    return len(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
