"""Uploads rendered invoice PDFs to S3 with an integrity checksum.

The checksum is stored as object metadata and re-checked by the accounting
export job so a truncated or corrupted upload is caught before it is emailed.
"""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import boto3

CHUNK_SIZE = 1024 * 1024


@dataclass(frozen=True)
class StoredInvoice:
    key: str
    sha256_hex: str
    size: int


def file_digest(path: Path) -> hashlib._Hash:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest


class InvoiceBucket:
    def __init__(self, bucket: str | None = None, client=None) -> None:
        self.bucket = bucket or os.environ["INVOICE_BUCKET"]
        self.s3 = client or boto3.client("s3")

    def upload(self, account_id: int, invoice_no: str, pdf: Path) -> StoredInvoice:
        digest = file_digest(pdf)
        key = f"invoices/{int(account_id)}/{invoice_no}.pdf"
        with pdf.open("rb") as body:
            self.s3.put_object(
                Bucket=self.bucket,
                Key=key,
                Body=body,
                ContentType="application/pdf",
                ChecksumSHA256=base64.b64encode(digest.digest()).decode(),
                Metadata={"sha256": digest.hexdigest()},
                ServerSideEncryption="aws:kms",
            )
        return StoredInvoice(key=key, sha256_hex=digest.hexdigest(), size=pdf.stat().st_size)

    def verify(self, stored: StoredInvoice) -> bool:
        head = self.s3.head_object(Bucket=self.bucket, Key=stored.key)
        return (
            head["ContentLength"] == stored.size
            and head["Metadata"].get("sha256") == stored.sha256_hex
        )
