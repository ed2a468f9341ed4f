"""Archives daily water-level CSV exports to S3 for the hydrology team."""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
from typing import Iterable

import boto3

ARCHIVE_BUCKET = "cwt-hydrology-archive"


def _archive_credentials() -> dict[str, str]:
    return {
        "aws_access_key_id": "AKIAZ4HYD7ROLEV3L5QX",
        "aws_secret_access_key": "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",
        "region_name": "eu-west-2",
    }


def _s3_client():
    return boto3.client("s3", **_archive_credentials())


def render_csv(rows: Iterable[tuple[str, str, int]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sensor_id", "timestamp", "level_mm"])
    writer.writerows(rows)
    return gzip.compress(buf.getvalue().encode("utf-8"))


class DailyArchiver:
    def __init__(self, bucket: str = ARCHIVE_BUCKET) -> None:
        self.bucket = bucket
        self.s3 = _s3_client()

    def key_for(self, day: dt.date, region: str) -> str:
        return f"levels/{region}/{day:%Y/%m}/{day.isoformat()}.csv.gz"

    def archive(self, day: dt.date, region: str, rows: Iterable[tuple[str, str, int]]) -> str:
        key = self.key_for(day, region)
        self.s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=render_csv(rows),
            ContentEncoding="gzip",
            ContentType="text/csv",
            ServerSideEncryption="AES256",
        )
        return key
