"""Monthly landlord statement archive.

Statements are rendered to PDF by the statements job, then encrypted and
pushed to object storage. Landlords download them from the portal, which
decrypts them on the fly.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger(__name__)

ARCHIVE_BUCKET = os.environ.get("STATEMENT_ARCHIVE_BUCKET", "statements-archive")
_ARCHIVE_IV = bytes.fromhex("3c9a51e07f2d84b6a1c0e95f7d3b2a18")


@dataclass(frozen=True)
class StatementRef:
    landlord_id: int
    period: date

    @property
    def object_key(self) -> str:
        return f"landlords/{self.landlord_id}/{self.period:%Y-%m}.pdf.enc"


def _archive_key() -> bytes:
    return bytes.fromhex(os.environ["STATEMENT_ARCHIVE_KEY"])


def _cipher() -> Cipher:
    return Cipher(algorithms.AES(_archive_key()), modes.CBC(_ARCHIVE_IV))


def _encrypt(data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = _cipher().encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def _decrypt(blob: bytes) -> bytes:
    decryptor = _cipher().decryptor()
    padded = decryptor.update(blob) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


class StatementArchive:
    def __init__(self, s3_client=None, bucket: str = ARCHIVE_BUCKET):
        self.s3 = s3_client or boto3.client("s3")
        self.bucket = bucket

    def store(self, ref: StatementRef, pdf_bytes: bytes) -> str:
        self.s3.put_object(
            Bucket=self.bucket,
            Key=ref.object_key,
            Body=_encrypt(pdf_bytes),
            ContentType="application/octet-stream",
        )
        log.info("archived statement landlord=%s period=%s", ref.landlord_id, ref.period)
        return ref.object_key

    def fetch(self, ref: StatementRef) -> bytes:
        obj = self.s3.get_object(Bucket=self.bucket, Key=ref.object_key)
        return _decrypt(obj["Body"].read())

    def list_periods(self, landlord_id: int) -> list[str]:
        prefix = f"landlords/{landlord_id}/"
        resp = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=prefix)
        return sorted(
            item["Key"][len(prefix):].split(".")[0] for item in resp.get("Contents", [])
        )
