"""Temporary, prefix-scoped S3 credentials for dataset downloads."""
from __future__ import annotations

import json
import logging
import os

import boto3

log = logging.getLogger(__name__)

SESSION_SECONDS = 3600


def scoped_credentials(username: str, bucket: str, prefix: str) -> dict:
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["s3:GetObject"],
                "Resource": f"arn:aws:s3:::{bucket}/{prefix}/*",
            }
        ],
    }
    session_name = f"portal-{username}"[:64]
    resp = boto3.client("sts").assume_role(
        RoleArn=os.environ["DATASET_READER_ROLE_ARN"],
        RoleSessionName=session_name,
        Policy=json.dumps(policy),
        DurationSeconds=SESSION_SECONDS,
    )
    credentials = resp["Credentials"]
    log.info(
        "issued read credentials session=%s prefix=%s expires=%s",
        session_name,
        prefix,
        credentials["Expiration"].isoformat(),
    )
    return {
        "aws_access_key_id": credentials["AccessKeyId"],
        "aws_secret_access_key": credentials["SecretAccessKey"],
        "aws_session_token": credentials["SessionToken"],
        "expiration": credentials["Expiration"].isoformat(),
    }
