"""Build the daily returns manifest and upload it to the 3PL's S3 drop bucket."""
import csv
import logging
import os
import tempfile
from datetime import date

import boto3

from returns.queries import approved_returns_for

log = logging.getLogger(__name__)

MANIFEST_BUCKET = os.environ["RETURNS_MANIFEST_BUCKET"]


def build_manifest(day: date) -> str:
    with tempfile.NamedTemporaryFile(
        "w", prefix="returns-", suffix=".csv", delete=False, newline="", encoding="utf-8"
    ) as fh:
        writer = csv.writer(fh)
        writer.writerow(["rma", "order_number", "sku", "quantity", "condition", "warehouse"])
        for rma in approved_returns_for(day):
            for line in rma.lines:
                writer.writerow([rma.number, rma.order_number, line.sku, line.quantity,
                                 line.condition, rma.warehouse_code])
        return fh.name


def upload_manifest(day: date) -> str:
    path = build_manifest(day)
    key = f"manifests/{day:%Y/%m/%d}/returns.csv"
    try:
        boto3.client("s3").upload_file(path, MANIFEST_BUCKET, key,
                                       ExtraArgs={"ServerSideEncryption": "aws:kms"})
    finally:
        os.unlink(path)
    log.info("uploaded returns manifest s3://%s/%s", MANIFEST_BUCKET, key)
    return key


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    upload_manifest(date.today())
