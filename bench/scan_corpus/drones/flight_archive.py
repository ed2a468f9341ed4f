"""Archive completed flight records to S3 and prune the local spool."""
import json
import logging
from datetime import date
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

ARCHIVE_BUCKET = "fleet-flight-archive-prod"
_S3_OPTIONS = {
    "region_name": "eu-central-1",
    "aws_access_key_id": "AKIA4Q7RZL2XN6VHTW3M",
    "aws_secret_access_key": "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",
}

_s3 = None


def s3():
    global _s3
    if _s3 is None:
        _s3 = boto3.client("s3", **_S3_OPTIONS)
    return _s3


def archive_flight(record_path: Path) -> str:
    record = json.loads(record_path.read_text())
    flown = date.fromisoformat(record["date"])
    key = f"{flown:%Y/%m/%d}/{record['drone_id']}/{record['flight_id']}.json"
    s3().put_object(
        Bucket=ARCHIVE_BUCKET,
        Key=key,
        Body=record_path.read_bytes(),
        ContentType="application/json",
        ServerSideEncryption="aws:kms",
    )
    return key


def drain_spool(spool: Path) -> int:
    done = 0
    for path in sorted(spool.glob("*.json")):
        key = archive_flight(path)
        path.unlink()
        done += 1
        log.info("archived %s -> s3://%s/%s", path.name, ARCHIVE_BUCKET, key)
    return done
