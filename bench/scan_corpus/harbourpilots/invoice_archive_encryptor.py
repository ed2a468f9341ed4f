"""Encrypts issued pilotage invoices before they go to the archive bucket.

Invoices to shipping agents carry vessel, voyage and tariff details that
the port authority asks us to keep encrypted at rest for seven years.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import boto3
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class PilotageInvoice:
    invoice_no: str
    agent_code: str
    vessel_imo: str
    movement: str
    gross_tonnage: int
    total: Decimal

    def to_bytes(self) -> bytes:
        data = asdict(self)
        data["total"] = str(self.total)
        return json.dumps(data, sort_keys=True).encode("utf-8")


class InvoiceArchive:
    def __init__(self, bucket: str, key_b64: str, s3_client=None) -> None:
        self._bucket = bucket
        self._key = base64.b64decode(key_b64)
        if len(self._key) not in (16, 24, 32):
            raise ValueError("archive key must be 128, 192 or 256 bits")
        self._s3 = s3_client or boto3.client("s3")

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def _encrypt(self, plaintext: bytes) -> bytes:
        return self._cipher().encrypt(pad(plaintext, AES.block_size))

    def _decrypt(self, blob: bytes) -> bytes:
        return unpad(self._cipher().decrypt(blob), AES.block_size)

    def store(self, invoice: PilotageInvoice) -> str:
        object_key = f"invoices/{invoice.agent_code}/{invoice.invoice_no}.bin"
        self._s3.put_object(
            Bucket=self._bucket,
            Key=object_key,
            Body=self._encrypt(invoice.to_bytes()),
            ServerSideEncryption="aws:kms",
        )
        return object_key

    def load(self, agent_code: str, invoice_no: str) -> PilotageInvoice:
        obj = self._s3.get_object(
            Bucket=self._bucket, Key=f"invoices/{agent_code}/{invoice_no}.bin"
        )
        data = json.loads(self._decrypt(obj["Body"].read()))
        data["total"] = Decimal(data["total"])
        return PilotageInvoice(**data)


def archive_from_env() -> InvoiceArchive:
    return InvoiceArchive(
        bucket=os.environ["INVOICE_ARCHIVE_BUCKET"],
        key_b64=os.environ["INVOICE_ARCHIVE_KEY"],
    )
