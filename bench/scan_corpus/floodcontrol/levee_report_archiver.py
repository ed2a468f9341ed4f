"""Archives signed-off levee inspection reports to S3."""

import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path

import boto3
from boto3.s3.transfer import TransferConfig


@dataclass(frozen=True)
class ArchiveTarget:
    bucket: str
    prefix: str = "levee-inspections"
    region: str = "eu-west-2"


def _session_from_env() -> boto3.session.Session:
    return boto3.session.Session(
        aws_access_key_id=os.environ["REPORT_ARCHIVE_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["REPORT_ARCHIVE_SECRET_ACCESS_KEY"],
        region_name=os.environ.get("REPORT_ARCHIVE_REGION", "eu-west-2"),
    )


class ReportArchiver:
    transfer = TransferConfig(multipart_threshold=16 * 1024 * 1024, max_concurrency=4)

    def __init__(self, target: ArchiveTarget, session: boto3.session.Session | None = None) -> None:
        self.target = target
        self.s3 = (session or _session_from_env()).client("s3", region_name=target.region)

    def key_for(self, section_id: str, report_path: Path) -> str:
        return f"{self.target.prefix}/{section_id}/{report_path.name}"

    def archive(self, section_id: str, report_path: Path) -> str:
        key = self.key_for(section_id, report_path)
        content_type = mimetypes.guess_type(report_path.name)[0] or "application/pdf"
        self.s3.upload_file(
            str(report_path),
            self.target.bucket,
            key,
            ExtraArgs={"ContentType": content_type, "ServerSideEncryption": "aws:kms"},
            Config=self.transfer,
        )
        return f"s3://{self.target.bucket}/{key}"
