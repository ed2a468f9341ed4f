"""Uploads compressed monthly SCADA historian archives to the corporate
S3 bucket used for regulator reporting and long-term retention."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import boto3
from boto3.s3.transfer import TransferConfig


@dataclass
class ArchiveTarget:
    bucket: str = os.environ.get("ARCHIVE_BUCKET", "desal-historian-archive")
    prefix: str = "historian/monthly/"
    region: str = os.environ.get("AWS_REGION", "eu-west-1")
    kms_key_id: str | None = os.environ.get("ARCHIVE_KMS_KEY_ID")
    transfer: TransferConfig = field(default_factory=lambda: TransferConfig(multipart_chunksize=64 * 1024 * 1024))


def archive_session(region: str) -> boto3.session.Session:
    return boto3.session.Session(
        aws_access_key_id=os.environ["ARCHIVE_AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["ARCHIVE_AWS_SECRET_ACCESS_KEY"],
        region_name=region,
    )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class HistorianArchiveUploader:
    def __init__(self, target: ArchiveTarget | None = None) -> None:
        self.target = target or ArchiveTarget()
        self.s3 = archive_session(self.target.region).client("s3")

    def upload(self, archive: Path) -> str:
        key = f"{self.target.prefix}{archive.name}"
        extra = {"Metadata": {"sha256": _sha256(archive)}, "ServerSideEncryption": "aws:kms"}
        if self.target.kms_key_id:
            extra["SSEKMSKeyId"] = self.target.kms_key_id
        self.s3.upload_file(str(archive), self.target.bucket, key, ExtraArgs=extra, Config=self.target.transfer)
        return f"s3://{self.target.bucket}/{key}"


if __name__ == "__main__":
    import sys

    uploader = HistorianArchiveUploader()
    for arg in sys.argv[1:]:
        print(uploader.upload(Path(arg)))
