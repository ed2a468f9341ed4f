"""Exports weekly staff rosters as CSV and uploads them to the payroll bucket."""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

import boto3


@dataclass
class RosterEntry:
    staff_id: str
    site: str
    role: str
    start: datetime
    end: datetime

    @property
    def hours(self) -> float:
        return round((self.end - self.start).total_seconds() / 3600, 2)


class RosterExporter:
    FIELDS = ("staff_id", "site", "role", "start", "end", "hours")

    def __init__(self, bucket: str, prefix: str = "rosters/") -> None:
        self.bucket = bucket
        self.prefix = prefix
        self.s3 = boto3.client("s3")

    def _write_csv(self, entries: Iterable[RosterEntry]) -> str:
        with tempfile.NamedTemporaryFile(
            "w", suffix=".csv", prefix="roster_", newline="", delete=False, encoding="utf-8"
        ) as tmp:
            writer = csv.writer(tmp)
            writer.writerow(self.FIELDS)
            for e in entries:
                writer.writerow([e.staff_id, e.site, e.role, e.start.isoformat(),
                                 e.end.isoformat(), e.hours])
            return tmp.name

    def export_week(self, entries: Iterable[RosterEntry], week_start: date) -> str:
        local_path = self._write_csv(entries)
        key = f"{self.prefix}{week_start:%G-W%V}.csv"
        try:
            self.s3.upload_file(local_path, self.bucket, key,
                                ExtraArgs={"ServerSideEncryption": "aws:kms"})
        finally:
            os.unlink(local_path)
        return f"s3://{self.bucket}/{key}"


def export_from_env(entries: Iterable[RosterEntry], week_start: date) -> str:
    return RosterExporter(os.environ["PAYROLL_BUCKET"]).export_week(entries, week_start)
