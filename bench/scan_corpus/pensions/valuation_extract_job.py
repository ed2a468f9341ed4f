"""Build the actuarial membership extract and publish it to object storage."""
from __future__ import annotations

import csv
import gzip
import logging
import os
import tempfile
from datetime import date
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

EXTRACT_COLUMNS = [
    "member_token", "date_of_birth", "sex", "status",
    "pensionable_salary", "accrued_pension", "normal_retirement_date",
]
_SELECT = "SELECT " + ", ".join(EXTRACT_COLUMNS) + " FROM valuation_membership WHERE as_at = %s"


def publish_extract(conn, as_at: date) -> str:
    bucket = os.environ["VALUATION_BUCKET"]
    key = f"extracts/{as_at:%Y/%m}/membership_{as_at:%Y%m%d}.csv.gz"
    with tempfile.TemporaryDirectory(prefix="valuation_") as workdir:
        local = Path(workdir) / "membership.csv.gz"
        with gzip.open(local, "wt", newline="") as fh, conn.cursor() as cur:
            writer = csv.writer(fh)
            writer.writerow(EXTRACT_COLUMNS)
            cur.execute(_SELECT, (as_at,))
            writer.writerows(cur)
        boto3.client("s3").upload_file(str(local), bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    log.info("published valuation extract s3://%s/%s", bucket, key)
    return key
