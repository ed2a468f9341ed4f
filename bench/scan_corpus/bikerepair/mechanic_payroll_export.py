"""Weekly payroll export of mechanic timesheets, encrypted for the payroll bureau."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class TimesheetLine:
    mechanic_id: str
    store: str
    week_ending: date
    hours_standard: float
    hours_overtime: float
    ebike_cert_hours: float


class PayrollPackager:
    key_env = "PAYROLL_EXPORT_KEY"
    export_iv = bytes.fromhex("6b1f0c9a3e5d27814fa2c0de99b37e10")
    bucket = "bikerepair-payroll-outbound"

    def __init__(self) -> None:
        self._key = bytes.fromhex(os.environ[self.key_env])
        self._s3 = boto3.client("s3")

    def _to_csv(self, lines: Iterable[TimesheetLine]) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["mechanic_id", "store", "week_ending", "std", "ot", "ebike"])
        for ln in lines:
            writer.writerow(
                [ln.mechanic_id, ln.store, ln.week_ending.isoformat(),
                 ln.hours_standard, ln.hours_overtime, ln.ebike_cert_hours]
            )
        return buf.getvalue().encode("utf-8")

    def _encrypt(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self.export_iv)).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def publish(self, week_ending: date, lines: Iterable[TimesheetLine]) -> str:
        blob = self._encrypt(self._to_csv(lines))
        key = f"timesheets/{week_ending:%Y/%m}/payroll-{week_ending.isoformat()}.csv.enc"
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=blob)
        return key
