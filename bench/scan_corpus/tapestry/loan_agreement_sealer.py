"""Encrypts signed loan and treatment agreements before they go to object storage."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
FORMAT_TAG = b"TSA1"


@dataclass(frozen=True)
class SealerSettings:
    bucket: str
    key_b64: str

    @classmethod
    def from_env(cls) -> "SealerSettings":
        return cls(bucket=os.environ["AGREEMENTS_BUCKET"], key_b64=os.environ["AGREEMENTS_KEY"])


class AgreementSealer:
    def __init__(self, settings: SealerSettings | None = None, s3=None) -> None:
        self.settings = settings or SealerSettings.from_env()
        self._aead = AESGCM(base64.b64decode(self.settings.key_b64))
        self._s3 = s3 or boto3.client("s3")

    def seal(self, agreement_id: str, document: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, document, agreement_id.encode("utf-8"))
        return FORMAT_TAG + nonce + ct

    def unseal(self, agreement_id: str, blob: bytes) -> bytes:
        if not blob.startswith(FORMAT_TAG):
            raise ValueError("unknown agreement format")
        body = blob[len(FORMAT_TAG):]
        nonce, ct = body[:NONCE_SIZE], body[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ct, agreement_id.encode("utf-8"))

    def store(self, agreement_id: str, pdf_bytes: bytes) -> str:
        key = f"agreements/{agreement_id}.pdf.enc"
        self._s3.put_object(
            Bucket=self.settings.bucket,
            Key=key,
            Body=self.seal(agreement_id, pdf_bytes),
            ContentType="application/octet-stream",
        )
        return key

    def fetch(self, agreement_id: str) -> bytes:
        obj = self._s3.get_object(Bucket=self.settings.bucket, Key=f"agreements/{agreement_id}.pdf.enc")
        return self.unseal(agreement_id, obj["Body"].read())
