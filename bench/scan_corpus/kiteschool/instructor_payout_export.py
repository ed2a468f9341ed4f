"""Builds the monthly instructor payout CSV and uploads it to the accountant's bucket."""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from typing import Iterable

import boto3


@dataclass
class PayoutLine:
    instructor_id: int
    name: str
    lessons_taught: int
    hours: float
    rate_eur: float

    @property
    def total(self) -> float:
        return round(self.hours * self.rate_eur, 2)


class PayoutExporter:
    bucket = os.environ.get("PAYOUT_BUCKET", "kiteschool-accounting")
    prefix = "payouts/"

    def __init__(self, s3_client=None) -> None:
        self.s3 = s3_client or boto3.client("s3")

    def _write(self, lines: Iterable[PayoutLine]) -> str:
        fd, path = tempfile.mkstemp(prefix="payout_", suffix=".csv")
        with os.fdopen(fd, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["instructor_id", "name", "lessons", "hours", "rate_eur", "total_eur"])
            for line in lines:
                writer.writerow([line.instructor_id, line.name, line.lessons_taught, line.hours, line.rate_eur, line.total])
        return path

    def export(self, month: str, lines: Iterable[PayoutLine]) -> str:
        path = self._write(lines)
        key = f"{self.prefix}{month}.csv"
        try:
            self.s3.upload_file(path, self.bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
        finally:
            os.unlink(path)
        return key
