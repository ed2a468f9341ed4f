"""Archive of monthly energy bills and supporting inventories to S3.

Bucket and KMS details are stored in Secrets Manager so that each
environment can point at its own archive account.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import boto3

from lamplighter.settings import settings

BILLING_SECRET_ID = "lamplighter/prod/billing-archive"
ARCHIVE_PREFIX = "energy-bills"
REGION = settings.AWS_REGION


@lru_cache(maxsize=1)
def archive_config() -> dict:
    client = boto3.client("secretsmanager", region_name=REGION)
    secret = client.get_secret_value(SecretId=BILLING_SECRET_ID)
    return json.loads(secret["SecretString"])


def _s3():
    return boto3.client("s3", region_name=REGION)


def archive_key(council_code: str, period: str, filename: str) -> str:
    return f"{ARCHIVE_PREFIX}/{council_code}/{period}/{filename}"


def upload_bill(council_code: str, period: str, pdf_path: Path) -> str:
    cfg = archive_config()
    key = archive_key(council_code, period, pdf_path.name)
    _s3().upload_file(
        str(pdf_path),
        cfg["bucket"],
        key,
        ExtraArgs={
            "ServerSideEncryption": "aws:kms",
            "SSEKMSKeyId": cfg["kms_key_id"],
            "ContentType": "application/pdf",
        },
    )
    return f"s3://{cfg['bucket']}/{key}"


def list_archived(council_code: str, period: str) -> list[str]:
    cfg = archive_config()
    prefix = archive_key(council_code, period, "")
    paginator = _s3().get_paginator("list_objects_v2")
    keys: list[str] = []
    for page in paginator.paginate(Bucket=cfg["bucket"], Prefix=prefix):
        keys.extend(obj["Key"] for obj in page.get("Contents", []))
    return keys
