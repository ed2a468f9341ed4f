"""Exports lamp telemetry to CSV for the engineering team's analysis notebooks."""
import csv
import os
import tempfile
from datetime import date

import boto3

from lighthousekeeper.settings import settings
from lighthousekeeper.telemetry.store import readings_between

FIELDS = ["station", "recorded_at", "lamp_current_a", "rotation_rpm", "lens_temp_c", "supply"]
s3 = boto3.client("s3", region_name=settings.AWS_REGION)


def write_csv(station: str, start: date, end: date) -> str:
    fd, path = tempfile.mkstemp(prefix=f"telemetry-{station}-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for reading in readings_between(station, start, end):
            writer.writerow(reading)
    return path


def export_to_s3(station: str, start: date, end: date) -> str:
    path = write_csv(station, start, end)
    key = f"telemetry-exports/{station}/{start:%Y%m%d}-{end:%Y%m%d}.csv"
    try:
        s3.upload_file(path, settings.ENGINEERING_BUCKET, key)
    finally:
        os.unlink(path)
    return s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": settings.ENGINEERING_BUCKET, "Key": key},
        ExpiresIn=3600,
    )
