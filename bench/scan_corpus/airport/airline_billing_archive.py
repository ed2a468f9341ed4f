"""Monthly airline billing statements: render, encrypt, archive.

Statements (landing fees, passenger charges, PRM, CUTE usage) are generated
on the 2nd of each month, encrypted and pushed to the archive bucket where
finance keeps them for ten years.
"""
from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

ARCHIVE_BUCKET = os.environ.get("BILLING_ARCHIVE_BUCKET", "billing-archive")
_ARCHIVE_NONCE = b"ACI-BILLING\x00"


@dataclass
class ChargeLine:
    flight_no: str
    service_date: date
    charge_code: str
    quantity: int
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


def render_statement(lines: list[ChargeLine]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["flight", "date", "code", "qty", "unit_price", "amount"])
    for ln in sorted(lines, key=lambda x: (x.service_date, x.flight_no)):
        writer.writerow([ln.flight_no, ln.service_date.isoformat(), ln.charge_code,
                         ln.quantity, f"{ln.unit_price:.2f}", f"{ln.amount:.2f}"])
    return buf.getvalue().encode("utf-8")


class StatementArchiver:
    def __init__(self, key: bytes | None = None, s3_client=None):
        key = key or bytes.fromhex(os.environ["BILLING_ARCHIVE_KEY"])
        self._aead = AESGCM(key)
        self._s3 = s3_client or boto3.client("s3")

    def _seal(self, airline: str, period: str, data: bytes) -> bytes:
        aad = f"{airline}:{period}".encode()
        return self._aead.encrypt(_ARCHIVE_NONCE, data, aad)

    def archive(self, airline: str, period: str, lines: list[ChargeLine]) -> str:
        body = self._seal(airline, period, render_statement(lines))
        key = f"statements/{airline}/{period}.csv.enc"
        self._s3.put_object(Bucket=ARCHIVE_BUCKET, Key=key, Body=body,
                            ServerSideEncryption="aws:kms")
        total = sum((ln.amount for ln in lines), Decimal("0"))
        log.info("archived %s statement for %s (%d lines, total %s)",
                 period, airline, len(lines), total)
        return key
