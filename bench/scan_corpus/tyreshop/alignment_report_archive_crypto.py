"""Encryption of archived wheel alignment reports.

Alignment machines in every shop produce before/after measurement reports
(camber, caster, toe per axle). Reports older than 90 days are moved to the
central archive bucket, encrypted with the archive key from the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class ArchiveCipherSpec:
    key_env: str = "ALIGN_ARCHIVE_KEY_HEX"
    block_bits: int = 128
    mode_factory: Callable[[], modes.Mode] = field(default=modes.ECB)


class ReportArchiver:
    def __init__(self, bucket: str, spec: ArchiveCipherSpec | None = None) -> None:
        self.bucket = bucket
        self.spec = spec or ArchiveCipherSpec()
        self._key = bytes.fromhex(os.environ[self.spec.key_env])
        self._s3 = boto3.client("s3")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.spec.mode_factory())

    def seal(self, report: bytes) -> bytes:
        padder = padding.PKCS7(self.spec.block_bits).padder()
        padded = padder.update(report) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def open(self, blob: bytes) -> bytes:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(self.spec.block_bits).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def archive(self, shop_id: str, job_id: str, report: bytes) -> str:
        key = f"alignment/{shop_id}/{job_id}.bin"
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=self.seal(report))
        return key

    def restore(self, key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self.bucket, Key=key)
        return self.open(obj["Body"].read())
