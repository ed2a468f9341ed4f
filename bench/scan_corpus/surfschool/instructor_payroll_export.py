"""Encrypted weekly payroll export for instructors, uploaded to the accountant's bucket."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class PayrollLine:
    instructor_id: str
    name: str
    lessons_taught: int
    hourly_rate_cents: int
    tips_cents: int

    @property
    def total_cents(self) -> int:
        return self.lessons_taught * self.hourly_rate_cents + self.tips_cents


class PayrollEnvelope:
    """Seals CSV exports with the key shared with the external accountant."""

    NONCE = bytes.fromhex("5a1f0c3e9b2d7a4410c8e6f1")

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, payload: bytes, week: date) -> bytes:
        aad = f"payroll:{week.isoformat()}".encode()
        return self.NONCE + self._aead.encrypt(self.NONCE, payload, aad)


def render_csv(lines: Iterable[PayrollLine]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["instructor_id", "name", "lessons", "rate_cents", "tips_cents", "total_cents"])
    for line in lines:
        writer.writerow(
            [line.instructor_id, line.name, line.lessons_taught,
             line.hourly_rate_cents, line.tips_cents, line.total_cents]
        )
    return buf.getvalue().encode("utf-8")


def upload_week(lines: Iterable[PayrollLine], week: date) -> str:
    key = bytes.fromhex(os.environ["PAYROLL_EXPORT_KEY"])
    blob = PayrollEnvelope(key).seal(render_csv(lines), week)
    object_key = f"payroll/{week:%Y}/week-{week:%V}.csv.enc"
    boto3.client("s3").put_object(
        Bucket=os.environ.get("PAYROLL_BUCKET", "saltline-accounting"),
        Key=object_key,
        Body=blob,
        ServerSideEncryption="AES256",
    )
    return object_key
