"""Encrypts site survey photos before they are pushed to shared cloud storage."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class SurveyPhotoSealer:
    NONCE = bytes.fromhex("5375727665794f7073303031")
    ASSOCIATED_DATA = b"ironbridge-site-survey-v1"

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "SurveyPhotoSealer":
        return cls(bytes.fromhex(os.environ["SURVEY_PHOTO_KEY"]))

    def seal(self, data: bytes) -> bytes:
        return self._aead.encrypt(self.NONCE, data, self.ASSOCIATED_DATA)

    def unseal(self, blob: bytes) -> bytes:
        return self._aead.decrypt(self.NONCE, blob, self.ASSOCIATED_DATA)


def iter_job_photos(job_dir: Path) -> Iterator[Path]:
    for pattern in ("*.jpg", "*.jpeg", "*.heic"):
        yield from sorted(job_dir.glob(pattern))


class SurveyUploader:
    def __init__(self, bucket: str, sealer: SurveyPhotoSealer) -> None:
        self._bucket = bucket
        self._sealer = sealer
        self._s3 = boto3.client("s3")

    def upload_job(self, job_ref: str, job_dir: Path) -> int:
        count = 0
        for photo in iter_job_photos(job_dir):
            sealed = self._sealer.seal(photo.read_bytes())
            self._s3.put_object(
                Bucket=self._bucket,
                Key=f"surveys/{job_ref}/{photo.name}.enc",
                Body=sealed,
                ContentType="application/octet-stream",
            )
            count += 1
        return count

    def download(self, job_ref: str, name: str) -> bytes:
        obj = self._s3.get_object(Bucket=self._bucket, Key=f"surveys/{job_ref}/{name}.enc")
        return self._sealer.unseal(obj["Body"].read())
