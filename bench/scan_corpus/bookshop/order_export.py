"""Nightly export of completed orders for the accountants.

Writes a gzipped CSV and uploads it to the finance bucket. Run from cron via
``python -m bookshop.order_export``.
"""
import csv
import gzip
import logging
import os
import shutil
import tempfile
from datetime import date, timedelta

import boto3

from .db import get_connection

log = logging.getLogger(__name__)

COLUMNS = ["order_ref", "placed_at", "customer_country", "net_pence", "vat_pence", "gross_pence", "payment_method"]


def fetch_orders(conn, day: date):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT order_ref, placed_at, customer_country, net_pence, vat_pence, gross_pence, payment_method "
            "FROM orders WHERE status = 'completed' AND placed_at::date = %s ORDER BY placed_at",
            (day,),
        )
        yield from cur


def export_day(day: date, bucket: str) -> str:
    csv_path = tempfile.mktemp(suffix=".csv", prefix=f"orders-{day:%Y%m%d}-")
    gz_path = csv_path + ".gz"
    try:
        with get_connection() as conn, open(csv_path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            rows = 0
            for row in fetch_orders(conn, day):
                writer.writerow(row)
                rows += 1
        with open(csv_path, "rb") as src, gzip.open(gz_path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        key = f"orders/{day:%Y/%m}/orders-{day:%Y%m%d}.csv.gz"
        boto3.client("s3").upload_file(gz_path, bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
        log.info("exported %d orders for %s to s3://%s/%s", rows, day, bucket, key)
        return key
    finally:
        for path in (csv_path, gz_path):
            if os.path.exists(path):
                os.remove(path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    export_day(date.today() - timedelta(days=1), os.environ["FINANCE_EXPORT_BUCKET"])
