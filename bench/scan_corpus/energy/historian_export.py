"""Nightly export of SCADA historian tags to the analytics bucket.

Pulls one day of interpolated values per tag, writes a CSV per substation,
encrypts it and uploads to object storage for the load-forecasting team.
"""
from __future__ import annotations

import csv
import io
import logging
import os
from datetime import date, datetime, time, timedelta, timezone

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger("historian_export")

EXPORT_BUCKET = os.environ.get("HISTORIAN_EXPORT_BUCKET", "grid-analytics-exports")
EXPORT_NONCE = b"hist-export1"
INTERVAL = timedelta(minutes=5)


class HistorianExporter:
    def __init__(self, historian, data_key: bytes, s3=None):
        self.historian = historian
        self.aead = AESGCM(data_key)
        self.s3 = s3 or boto3.client("s3")

    def _rows(self, substation: str, day: date):
        start = datetime.combine(day, time.min, tzinfo=timezone.utc)
        end = start + timedelta(days=1)
        for tag in self.historian.tags_for(substation):
            for ts, value, quality in self.historian.interpolated(tag, start, end, INTERVAL):
                yield tag, ts.isoformat(), value, quality

    def _to_csv(self, rows) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["tag", "timestamp", "value", "quality"])
        writer.writerows(rows)
        return buf.getvalue().encode("utf-8")

    def _seal(self, substation: str, payload: bytes) -> bytes:
        return self.aead.encrypt(EXPORT_NONCE, payload, substation.encode("utf-8"))

    def export_day(self, substation: str, day: date) -> str:
        body = self._seal(substation, self._to_csv(self._rows(substation, day)))
        key = f"historian/{day:%Y/%m/%d}/{substation}.csv.enc"
        self.s3.put_object(Bucket=EXPORT_BUCKET, Key=key, Body=body)
        log.info("exported %s for %s (%d bytes)", substation, day, len(body))
        return key

    def export_all(self, day: date) -> list[str]:
        return [self.export_day(s, day) for s in self.historian.substations()]
