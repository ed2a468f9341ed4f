"""Archives signed venue contracts into the encrypted contracts bucket.

Contracts (PDF) are encrypted client-side before upload to S3 so that the
booking office and the tour accountant share one archive key.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import boto3
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


@dataclass
class ContractRef:
    venue_slug: str
    season: int
    signed_on: date

    @property
    def object_key(self) -> str:
        return f"contracts/{self.season}/{self.venue_slug}/{self.signed_on:%Y%m%d}.pdf.enc"


def _archive_key() -> bytes:
    return DES3.adjust_key_parity(bytes.fromhex(os.environ["CONTRACT_ARCHIVE_KEY"]))


def _new_cipher(key: bytes, iv: bytes):
    return DES3.new(key, DES3.MODE_CBC, iv=iv)


class ContractArchiver:
    def __init__(self, bucket: str | None = None) -> None:
        self.bucket = bucket or os.environ["CONTRACT_BUCKET"]
        self.s3 = boto3.client("s3")
        self.key = _archive_key()

    def store(self, ref: ContractRef, pdf_bytes: bytes) -> str:
        iv = get_random_bytes(8)
        body = iv + _new_cipher(self.key, iv).encrypt(pad(pdf_bytes, 8))
        self.s3.put_object(
            Bucket=self.bucket,
            Key=ref.object_key,
            Body=body,
            ContentType="application/octet-stream",
            Metadata={"venue": ref.venue_slug, "season": str(ref.season)},
        )
        return ref.object_key

    def fetch(self, ref: ContractRef) -> bytes:
        obj = self.s3.get_object(Bucket=self.bucket, Key=ref.object_key)
        blob = obj["Body"].read()
        iv, payload = blob[:8], blob[8:]
        return unpad(_new_cipher(self.key, iv).decrypt(payload), 8)
