"""Nightly billing export: write settled charging sessions to CSV and ship them to S3."""
from __future__ import annotations

import csv
import io
import logging
import os
from datetime import date, timedelta
from decimal import Decimal

import boto3
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("billing.export")

EXPORT_BUCKET = os.environ.get("VG_BILLING_EXPORT_BUCKET", "voltgrid-billing-exports")

STORAGE_OPTS = {
    "region_name": "eu-central-1",
    "aws_access_key_id": "AKIA4XJ7WMRQ2VZT6LEN",
    "aws_secret_access_key": "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",
}

COLUMNS = ("session_id", "contract_id", "evse_id", "started_at", "ended_at", "kwh", "net_eur", "vat_eur")

_SETTLED_SESSIONS = text(
    "SELECT session_id, contract_id, evse_id, started_at, ended_at, kwh, net_eur, vat_eur "
    "FROM charging_sessions WHERE settled_on = :day ORDER BY ended_at"
)


def _render_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([f"{v:.4f}" if isinstance(v, Decimal) else v for v in row])
    return buf.getvalue().encode("utf-8")


class BillingExporter:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.s3 = boto3.client("s3", **STORAGE_OPTS)

    def export_day(self, day: date) -> str:
        with self.engine.connect() as conn:
            rows = conn.execute(_SETTLED_SESSIONS, {"day": day}).all()
        key = f"settled/{day:%Y/%m}/sessions-{day.isoformat()}.csv"
        self.s3.put_object(
            Bucket=EXPORT_BUCKET,
            Key=key,
            Body=_render_csv(rows),
            ContentType="text/csv",
            ServerSideEncryption="aws:kms",
        )
        log.info("exported %d sessions to s3://%s/%s", len(rows), EXPORT_BUCKET, key)
        return key

    def export_yesterday(self) -> str:
        return self.export_day(date.today() - timedelta(days=1))
