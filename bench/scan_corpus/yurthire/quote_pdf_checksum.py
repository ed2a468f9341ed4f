"""Uploads generated quote PDFs to S3 with a content checksum used for de-duplication."""

from __future__ import annotations

import base64
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("quotes.archive")

CHUNK = 1024 * 1024


def file_sha256(path: Path) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.digest()


@dataclass
class QuoteArchive:
    bucket: str
    prefix: str = "quotes/"

    def __post_init__(self) -> None:
        self._s3 = boto3.client("s3")

    def _key(self, quote_id: int, checksum_hex: str) -> str:
        return f"{self.prefix}{quote_id}/{checksum_hex[:16]}.pdf"

    def _exists(self, key: str) -> bool:
        try:
            self._s3.head_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("404", "NoSuchKey"):
                return False
            raise
        return True

    def store(self, quote_id: int, pdf_path: Path) -> str:
        checksum = file_sha256(pdf_path)
        key = self._key(quote_id, checksum.hex())
        if self._exists(key):
            log.info("quote %s unchanged, reusing %s", quote_id, key)
            return key
        with pdf_path.open("rb") as body:
            self._s3.put_object(
                Bucket=self.bucket,
                Key=key,
                Body=body,
                ContentType="application/pdf",
                ChecksumSHA256=base64.b64encode(checksum).decode("ascii"),
                ServerSideEncryption="aws:kms",
            )
        log.info("archived quote %s as s3://%s/%s", quote_id, self.bucket, key)
        return key

    def presigned_url(self, key: str, expires_in: int = 900) -> str:
        return self._s3.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.bucket, "Key": key},
            ExpiresIn=expires_in,
        )
