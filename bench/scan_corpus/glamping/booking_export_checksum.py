"""Nightly export of bookings for the accountant.

Writes the previous day's bookings, payments and deposit captures to a
CSV file, stores it in the finance bucket and records a SHA-256 checksum
so the accountant's import can detect truncated downloads.
"""
from __future__ import annotations

import csv
import hashlib
import os
from datetime import date, timedelta
from pathlib import Path

import boto3
from sqlalchemy import create_engine, text

EXPORT_DIR = Path(os.environ.get("GLAMP_EXPORT_DIR", "/var/lib/glamping/exports"))
BUCKET = os.environ["GLAMP_FINANCE_BUCKET"]

EXPORT_SQL = text(
    "SELECT b.reference, u.name AS unit, b.arrival, b.departure, b.total,"
    " b.paid, COALESCE(d.captured_amount, 0) AS deposit_captured"
    " FROM bookings b JOIN units u ON u.id = b.unit_id"
    " LEFT JOIN deposits d ON d.booking_id = b.id"
    " WHERE b.created_at::date = :day ORDER BY b.reference"
)


def file_checksum(path: Path, chunk_size: int = 1 << 16) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_export(day: date) -> Path:
    engine = create_engine(os.environ["GLAMP_DATABASE_URL"])
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    path = EXPORT_DIR / f"bookings-{day.isoformat()}.csv"
    with engine.connect() as conn, path.open("w", newline="") as fh:
        result = conn.execute(EXPORT_SQL, {"day": day})
        writer = csv.writer(fh)
        writer.writerow(result.keys())
        writer.writerows(result)
    return path


def upload(path: Path) -> str:
    checksum = file_checksum(path)
    s3 = boto3.client("s3")
    s3.upload_file(
        str(path),
        BUCKET,
        f"exports/{path.name}",
        ExtraArgs={"Metadata": {"sha256": checksum}, "ServerSideEncryption": "aws:kms"},
    )
    s3.put_object(Bucket=BUCKET, Key=f"exports/{path.name}.sha256", Body=f"{checksum}  {path.name}\n")
    return checksum


if __name__ == "__main__":
    yesterday = date.today() - timedelta(days=1)
    print(upload(write_export(yesterday)))
