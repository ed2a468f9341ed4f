"""Builds the fortnightly crew payroll batch and ships it to S3.

The payroll bureau picks up the CSV from the exchange bucket; rows come
from approved timesheets (rigging, lighting, catering, drivers).
"""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

import boto3

SPOOL_DIR = os.environ.get("PAYROLL_SPOOL_DIR", "/var/tmp")
EXCHANGE_BUCKET = os.environ.get("PAYROLL_EXCHANGE_BUCKET", "")


@dataclass
class PayLine:
    crew_id: str
    name: str
    department: str
    hours: Decimal
    rate: Decimal
    per_diem: Decimal
    iban: str

    @property
    def gross(self) -> Decimal:
        return (self.hours * self.rate + self.per_diem).quantize(Decimal("0.01"))


def _staging_path(period_end: date) -> str:
    return tempfile.mktemp(prefix=f"payroll_{period_end:%Y%m%d}_", suffix=".csv", dir=SPOOL_DIR)


def write_batch(lines: Iterable[PayLine], period_end: date) -> str:
    path = _staging_path(period_end)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["crew_id", "name", "department", "hours", "rate", "per_diem", "gross", "iban"])
        for ln in lines:
            writer.writerow([ln.crew_id, ln.name, ln.department, ln.hours, ln.rate,
                             ln.per_diem, ln.gross, ln.iban])
    return path


def ship_batch(lines: Iterable[PayLine], period_end: date) -> str:
    path = write_batch(lines, period_end)
    key = f"batches/{period_end:%Y/%m}/crew_{period_end:%Y%m%d}.csv"
    try:
        boto3.client("s3").upload_file(
            path, EXCHANGE_BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"}
        )
    finally:
        os.remove(path)
    return key
