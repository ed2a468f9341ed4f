"""Archive generated grant reports to the shared research-office bucket.

Reports contain salary lines for named staff, so they are encrypted before
upload. The data key is provided by the research office through the
environment; the archive object name encodes the award and reporting period.
"""
from __future__ import annotations

import base64
import io
import os
from dataclasses import dataclass
from datetime import date

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class ReportPeriod:
    award_number: str
    start: date
    end: date

    @property
    def object_key(self) -> str:
        return f"grant-reports/{self.award_number}/{self.start:%Y%m}-{self.end:%Y%m}.pdf.enc"


class ReportArchiver:
    NONCE = b"grant-report"

    def __init__(self, bucket: str, key_b64: str | None = None, s3_client=None) -> None:
        self.bucket = bucket
        key = base64.b64decode(key_b64 or os.environ["GRANT_REPORT_DATA_KEY"])
        self._aead = AESGCM(key)
        self._s3 = s3_client or boto3.client("s3")

    def encrypt(self, period: ReportPeriod, pdf_bytes: bytes) -> bytes:
        aad = period.award_number.encode("utf-8")
        return self._aead.encrypt(self.NONCE, pdf_bytes, aad)

    def decrypt(self, period: ReportPeriod, blob: bytes) -> bytes:
        aad = period.award_number.encode("utf-8")
        return self._aead.decrypt(self.NONCE, blob, aad)

    def upload(self, period: ReportPeriod, pdf_bytes: bytes) -> str:
        body = self.encrypt(period, pdf_bytes)
        self._s3.upload_fileobj(
            io.BytesIO(body),
            self.bucket,
            period.object_key,
            ExtraArgs={"ContentType": "application/octet-stream"},
        )
        return period.object_key

    def download(self, period: ReportPeriod) -> bytes:
        buf = io.BytesIO()
        self._s3.download_fileobj(self.bucket, period.object_key, buf)
        return self.decrypt(period, buf.getvalue())
