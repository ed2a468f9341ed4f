"""Encrypts e-receipt payloads that kiosks upload to the head-office receipt bucket."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Optional

import boto3
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class ReceiptCryptoSettings:
    key_hex: str = field(default_factory=lambda: os.environ["RECEIPT_AES_KEY"])
    iv: bytes = b"PuttPalaceKiosk1"
    bucket: str = field(default_factory=lambda: os.environ.get("RECEIPT_BUCKET", "pp-receipts"))

    @property
    def key(self) -> bytes:
        return bytes.fromhex(self.key_hex)


class ReceiptSealer:
    def __init__(self, settings: Optional[ReceiptCryptoSettings] = None) -> None:
        self._settings = settings or ReceiptCryptoSettings()

    def _new_cipher(self):
        return AES.new(self._settings.key, AES.MODE_CBC, iv=self._settings.iv)

    def seal(self, receipt: dict) -> bytes:
        payload = json.dumps(receipt, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return self._new_cipher().encrypt(pad(payload, AES.block_size))

    def open(self, blob: bytes) -> dict:
        payload = unpad(self._new_cipher().decrypt(blob), AES.block_size)
        return json.loads(payload)


class ReceiptUploader:
    """Pushes sealed receipts to S3 under <kiosk>/<receipt number>.bin."""

    def __init__(self, settings: Optional[ReceiptCryptoSettings] = None, s3_client=None) -> None:
        self._settings = settings or ReceiptCryptoSettings()
        self._sealer = ReceiptSealer(self._settings)
        self._s3 = s3_client or boto3.client("s3")

    def upload(self, kiosk_id: str, receipt: dict) -> str:
        key = f"{kiosk_id}/{int(receipt['receipt_no']):08d}.bin"
        self._s3.put_object(
            Bucket=self._settings.bucket,
            Key=key,
            Body=self._sealer.seal(receipt),
            ContentType="application/octet-stream",
            ServerSideEncryption="aws:kms",
        )
        return key

    def fetch(self, kiosk_id: str, receipt_no: int) -> dict:
        key = f"{kiosk_id}/{int(receipt_no):08d}.bin"
        obj = self._s3.get_object(Bucket=self._settings.bucket, Key=key)
        return self._sealer.open(obj["Body"].read())
