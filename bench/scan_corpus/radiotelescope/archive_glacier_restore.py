"""Restores cold-stored observation products from S3 Glacier on observer request."""
from __future__ import annotations

import logging
import os

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

log = logging.getLogger("rt.archive.restore")


class GlacierRestorer:
    BUCKET = os.environ.get("RT_COLD_BUCKET", "uni-rt-archive-cold")
    ROLE_ARN_ENV = "RT_RESTORE_ROLE_ARN"
    SESSION_NAME = "rt-archive-restore"
    RESTORE_DAYS = 7

    def __init__(self) -> None:
        base = boto3.session.Session()
        role_arn = os.environ.get(self.ROLE_ARN_ENV)
        if role_arn:
            creds = base.client("sts").assume_role(
                RoleArn=role_arn, RoleSessionName=self.SESSION_NAME, DurationSeconds=3600
            )["Credentials"]
            base = boto3.session.Session(
                aws_access_key_id=creds["AccessKeyId"],
                aws_secret_access_key=creds["SecretAccessKey"],
                aws_session_token=creds["SessionToken"],
            )
        self.s3 = base.client("s3", config=Config(retries={"max_attempts": 5, "mode": "standard"}))

    def request_restore(self, key: str, tier: str = "Bulk") -> str:
        try:
            self.s3.restore_object(
                Bucket=self.BUCKET, Key=key,
                RestoreRequest={"Days": self.RESTORE_DAYS, "GlacierJobParameters": {"Tier": tier}},
            )
        except ClientError as exc:
            if exc.response["Error"]["Code"] == "RestoreAlreadyInProgress":
                return "in-progress"
            raise
        log.info("restore requested for %s (%s tier)", key, tier)
        return "requested"

    def status(self, key: str) -> str:
        head = self.s3.head_object(Bucket=self.BUCKET, Key=key)
        restore = head.get("Restore")
        if restore is None:
            return "archived"
        return "in-progress" if 'ongoing-request="true"' in restore else "available"
