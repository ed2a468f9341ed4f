"""Encrypts finished manuscripts before they are pushed to cold storage."""
from __future__ import annotations

import os
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ManuscriptSealer:
    """Wraps AES-GCM so that every archived PDF carries the job number as associated data."""

    HEADER = b"BNDR1"
    NONCE = bytes.fromhex("4f2a9c1be07d3356a1c8e290")

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("archive key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ManuscriptSealer":
        return cls(bytes.fromhex(os.environ["MANUSCRIPT_ARCHIVE_KEY"]))

    def seal(self, job_number: str, pdf_bytes: bytes) -> bytes:
        body = self._aead.encrypt(self.NONCE, pdf_bytes, job_number.encode("ascii"))
        return self.HEADER + body

    def unseal(self, job_number: str, blob: bytes) -> bytes:
        if not blob.startswith(self.HEADER):
            raise ValueError("not a bindery archive blob")
        body = blob[len(self.HEADER):]
        return self._aead.decrypt(self.NONCE, body, job_number.encode("ascii"))


class ColdStorageUploader:
    def __init__(self, bucket: str, sealer: ManuscriptSealer) -> None:
        self.bucket = bucket
        self.sealer = sealer
        self.s3 = boto3.client("s3")

    def archive(self, job_number: str, pdf_path: Path) -> str:
        sealed = self.sealer.seal(job_number, pdf_path.read_bytes())
        key = f"manuscripts/{job_number}/{pdf_path.stem}.bndr"
        self.s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=sealed,
            StorageClass="GLACIER_IR",
        )
        return key

    def restore(self, job_number: str, key: str) -> bytes:
        obj = self.s3.get_object(Bucket=self.bucket, Key=key)
        return self.sealer.unseal(job_number, obj["Body"].read())
