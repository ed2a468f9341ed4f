"""Exports the day's visitor ticket sales for the finance team.

The export is produced as CSV, uploaded to the finance share and then the
local working copy is removed.
"""
import csv
import os
import tempfile
from datetime import date

import boto3

from falconer.config import settings
from falconer.tickets.reports import sales_for_day

FIELDS = ["ticket_no", "type", "price", "vat", "channel", "sold_at", "redeemed_at"]


def _write_csv(handle, rows) -> int:
    writer = csv.DictWriter(handle, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def export_day(day: date | None = None, bucket: str = settings.FINANCE_EXPORT_BUCKET) -> str:
    day = day or date.today()
    fd, local_path = tempfile.mkstemp(suffix=".csv", prefix=f"ticket-sales-{day:%Y%m%d}-")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
            written = _write_csv(handle, sales_for_day(day))
        key = f"ticket-sales/{day:%Y/%m}/{day:%Y%m%d}.csv"
        boto3.client("s3").upload_file(
            local_path,
            bucket,
            key,
            ExtraArgs={"Metadata": {"rows": str(written)}, "ServerSideEncryption": "aws:kms"},
        )
        return key
    finally:
        os.remove(local_path)
