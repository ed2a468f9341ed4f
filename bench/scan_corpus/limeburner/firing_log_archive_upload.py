"""Nightly upload of kiln firing logs to object storage.

The works office keeps firing records for the environmental permit (fuel
used, burn durations, CO2 estimates per tonne of quicklime). Each night the
day's exports are compressed and uploaded to the permit archive bucket.
"""

import gzip
import logging
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

EXPORT_DIR = Path(os.environ.get("FIRING_EXPORT_DIR", "/srv/limeworks/firing-exports"))


def s3_client():
    return boto3.client(
        "s3",
        region_name=os.environ.get("AWS_REGION", "eu-west-2"),
        aws_access_key_id=os.environ["PERMIT_ARCHIVE_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["PERMIT_ARCHIVE_SECRET_ACCESS_KEY"],
    )


def compress(path: Path) -> Path:
    target = path.with_suffix(path.suffix + ".gz")
    with path.open("rb") as src, gzip.open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def upload_day(day: date, bucket: str | None = None) -> int:
    bucket = bucket or os.environ["PERMIT_ARCHIVE_BUCKET"]
    client = s3_client()
    uploaded = 0
    for export in sorted(EXPORT_DIR.glob(f"*_{day:%Y%m%d}.csv")):
        packed = compress(export)
        key = f"firing-logs/{day:%Y/%m}/{packed.name}"
        client.upload_file(str(packed), bucket, key)
        packed.unlink()
        uploaded += 1
    log.info("Uploaded %d firing log exports for %s to %s", uploaded, day, bucket)
    return uploaded


if __name__ == "__main__":
    upload_day(date.today() - timedelta(days=1))
