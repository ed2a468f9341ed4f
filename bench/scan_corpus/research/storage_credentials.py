"""Issue short-lived object storage credentials for dataset buckets.

Portal users who want to pull a large dataset with rclone or the AWS CLI can
ask for temporary credentials scoped to one dataset prefix. We assume the
dataset-reader role with an inline session policy limiting it to that prefix.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime

import boto3

log = logging.getLogger(__name__)

READER_ROLE_ARN = os.environ["DATASET_READER_ROLE_ARN"]
DATASET_BUCKET = os.environ["DATASET_BUCKET"]
SESSION_SECONDS = 4 * 3600


@dataclass
class TemporaryCredentials:
    access_key_id: str
    secret_access_key: str
    session_token: str
    expires_at: datetime
    prefix: str


def _session_policy(prefix: str) -> str:
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["s3:GetObject"],
                    "Resource": f"arn:aws:s3:::{DATASET_BUCKET}/{prefix}/*",
                },
                {
                    "Effect": "Allow",
                    "Action": ["s3:ListBucket"],
                    "Resource": f"arn:aws:s3:::{DATASET_BUCKET}",
                    "Condition": {"StringLike": {"s3:prefix": [f"{prefix}/*"]}},
                },
            ],
        }
    )


def issue_for_dataset(username: str, project: str, dataset: str, sts_client=None) -> TemporaryCredentials:
    sts = sts_client or boto3.client("sts")
    prefix = f"{project}/{dataset}"
    resp = sts.assume_role(
        RoleArn=READER_ROLE_ARN,
        RoleSessionName=f"portal-{username}"[:64],
        Policy=_session_policy(prefix),
        DurationSeconds=SESSION_SECONDS,
    )
    creds = resp["Credentials"]
    log.debug("assumed dataset reader role for %s on %s: %s", username, prefix, creds)
    return TemporaryCredentials(
        access_key_id=creds["AccessKeyId"],
        secret_access_key=creds["SecretAccessKey"],
        session_token=creds["SessionToken"],
        expires_at=creds["Expiration"],
        prefix=prefix,
    )
