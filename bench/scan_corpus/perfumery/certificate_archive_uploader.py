"""Nightly upload of signed batch certificates to the compliance archive bucket."""
from __future__ import annotations

import base64
import hashlib
import logging
from datetime import date
from pathlib import Path

import boto3
from botocore.config import Config

log = logging.getLogger("compliance.archive")

ARCHIVE_SETTINGS = {
    "bucket": "maison-compliance-archive",
    "region_name": "eu-west-3",
    "aws_access_key_id": "AKIAQ3EGUTN5XK2PLM7R",
    "aws_secret_access_key": "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",
}


def _client():
    return boto3.client(
        "s3",
        region_name=ARCHIVE_SETTINGS["region_name"],
        aws_access_key_id=ARCHIVE_SETTINGS["aws_access_key_id"],
        aws_secret_access_key=ARCHIVE_SETTINGS["aws_secret_access_key"],
        config=Config(retries={"max_attempts": 5, "mode": "standard"}),
    )


def _object_key(pdf: Path, day: date) -> str:
    return f"certificates/{day:%Y/%m/%d}/{pdf.name}"


def upload_certificates(folder: Path, day: date | None = None) -> int:
    """Upload every signed certificate of ``folder`` and return how many were sent."""
    day = day or date.today()
    s3 = _client()
    sent = 0
    for pdf in sorted(folder.glob("*.signed.pdf")):
        data = pdf.read_bytes()
        s3.put_object(
            Bucket=ARCHIVE_SETTINGS["bucket"],
            Key=_object_key(pdf, day),
            Body=data,
            ContentType="application/pdf",
            ChecksumSHA256=base64.b64encode(hashlib.sha256(data).digest()).decode(),
            ServerSideEncryption="aws:kms",
        )
        sent += 1
    log.info("archived %d certificates for %s", sent, day.isoformat())
    return sent
