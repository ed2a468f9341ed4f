"""Stage annual pipeline-safety reports in S3 for the regulatory filing workflow."""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import boto3
from botocore.config import Config

log = logging.getLogger("regulatory.submit")


@dataclass(frozen=True)
class FilingTarget:
    bucket: str
    prefix: str
    region: str


def target_from_env() -> FilingTarget:
    return FilingTarget(
        bucket=os.environ["REG_FILINGS_BUCKET"],
        prefix=os.environ.get("REG_FILINGS_PREFIX", "phmsa/annual"),
        region=os.environ.get("AWS_REGION", "us-east-1"),
    )


def _s3_client(target: FilingTarget):
    return boto3.session.Session(region_name=target.region).client(
        "s3", config=Config(retries={"max_attempts": 5, "mode": "standard"})
    )


def submit(report: Path, operator_id: str, year: int, target: FilingTarget | None = None) -> str:
    target = target or target_from_env()
    data = report.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    key = f"{target.prefix}/{operator_id}/{year}/{report.name}"
    _s3_client(target).put_object(
        Bucket=target.bucket,
        Key=key,
        Body=data,
        ServerSideEncryption="aws:kms",
        Metadata={"sha256": digest, "operator-id": operator_id, "report-year": str(year)},
    )
    log.info("staged %s (%s) at s3://%s/%s", report.name, digest[:12], target.bucket, key)
    return key
