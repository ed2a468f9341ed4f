"""Sync hydrophone and benthic camera survey files to the archive bucket."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import boto3
from botocore.config import Config

log = logging.getLogger(__name__)

_ARCHIVE_BUCKET = "tidal-env-survey-archive"
_ARCHIVE_SESSION = {
    "region_name": "eu-west-2",
    "aws_access_key_id": "AKIA4Q7XZ2M6TIDLSURV",
    "aws_secret_access_key": "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",
}


def _s3_client():
    return boto3.client(
        "s3",
        config=Config(retries={"max_attempts": 5, "mode": "standard"}),
        **_ARCHIVE_SESSION,
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class SurveyArchiver:
    """Uploads a survey directory, skipping files already archived unchanged."""

    def __init__(self, campaign: str) -> None:
        self.campaign = campaign
        self.s3 = _s3_client()

    def _remote_checksum(self, key: str) -> str | None:
        try:
            head = self.s3.head_object(Bucket=_ARCHIVE_BUCKET, Key=key)
        except self.s3.exceptions.ClientError:
            return None
        return head.get("Metadata", {}).get("sha256")

    def sync(self, local_dir: Path) -> int:
        uploaded = 0
        for path in sorted(local_dir.rglob("*")):
            if not path.is_file():
                continue
            key = f"{self.campaign}/{path.relative_to(local_dir).as_posix()}"
            checksum = _sha256(path)
            if self._remote_checksum(key) == checksum:
                continue
            self.s3.upload_file(
                str(path), _ARCHIVE_BUCKET, key, ExtraArgs={"Metadata": {"sha256": checksum}}
            )
            uploaded += 1
            log.info("archived %s", key)
        return uploaded
