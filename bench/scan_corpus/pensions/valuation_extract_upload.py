"""Nightly job: build the membership data extract for the scheme actuary and
push it to the shared valuation bucket.
"""
from __future__ import annotations

import csv
import gzip
import logging
import os
import tempfile
from datetime import date

import boto3

log = logging.getLogger(__name__)

EXTRACT_COLUMNS = [
    "member_token", "date_of_birth", "sex", "status", "date_joined",
    "pensionable_salary", "accrued_pension", "normal_retirement_date",
]


def _rows(conn, as_at: date):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT member_token, date_of_birth, sex, status, date_joined, pensionable_salary, "
            "accrued_pension, normal_retirement_date FROM valuation_membership WHERE as_at = %s",
            (as_at,),
        )
        yield from cur


def build_and_upload(conn, as_at: date) -> str:
    bucket = os.environ["VALUATION_BUCKET"]
    key = f"extracts/{as_at:%Y/%m}/membership_{as_at:%Y%m%d}.csv.gz"
    tmp_name = tempfile.mktemp(prefix="valuation_", suffix=".csv.gz")
    try:
        with gzip.open(tmp_name, "wt", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(EXTRACT_COLUMNS)
            writer.writerows(_rows(conn, as_at))
        boto3.client("s3").upload_file(tmp_name, bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    finally:
        if os.path.exists(tmp_name):
            os.remove(tmp_name)
    log.info("uploaded valuation extract s3://%s/%s", bucket, key)
    return key
