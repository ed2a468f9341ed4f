"""Daily export of downsampled telemetry to the analytics bucket.

Credentials come from the instance role; the bucket enforces SSE-KMS with the
key referenced by ``EXPORT_KMS_KEY``.
"""
import csv
import gzip
import io
import os
from datetime import date

import boto3

EXPORT_BUCKET = os.environ.get("TELEMETRY_EXPORT_BUCKET", "fleet-telemetry-exports")
EXPORT_KMS_KEY = "alias/fleet-telemetry-export"
EXPORT_PREFIX = "downsampled/v2"
FIELDS = ("drone_id", "ts", "lat", "lon", "alt_m", "ground_speed_ms", "battery_pct")

_session = boto3.session.Session(region_name=os.environ.get("AWS_REGION", "eu-central-1"))
s3 = _session.client("s3")


def _to_csv_gz(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return gzip.compress(buf.getvalue().encode())


def export_day(day: date, rows) -> str:
    key = f"{EXPORT_PREFIX}/{day:%Y/%m/%d}/telemetry.csv.gz"
    s3.put_object(
        Bucket=EXPORT_BUCKET,
        Key=key,
        Body=_to_csv_gz(rows),
        ContentType="text/csv",
        ContentEncoding="gzip",
        ServerSideEncryption="aws:kms",
        SSEKMSKeyId=EXPORT_KMS_KEY,
    )
    return f"s3://{EXPORT_BUCKET}/{key}"
