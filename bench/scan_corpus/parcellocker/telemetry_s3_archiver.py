"""Archive hourly door telemetry batches to S3 for analytics."""
from __future__ import annotations

import gzip
import io
import json
import os
from datetime import datetime, timezone
from typing import Iterable

import boto3


class TelemetryArchiver:
    """Relies on the default boto3 credential chain (instance role in production)."""

    def __init__(self) -> None:
        self.bucket = os.environ["TELEMETRY_ARCHIVE_BUCKET"]
        self.prefix = os.environ.get("TELEMETRY_ARCHIVE_PREFIX", "door-events")
        session = boto3.session.Session(region_name=os.environ.get("AWS_REGION", "eu-west-1"))
        self._s3 = session.client("s3")

    def _key(self, site: str, hour: datetime) -> str:
        return f"{self.prefix}/site={site}/dt={hour:%Y-%m-%d}/hour={hour:%H}/events.json.gz"

    @staticmethod
    def _compress(events: Iterable[dict]) -> bytes:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
            for event in events:
                gz.write(json.dumps(event, separators=(",", ":")).encode() + b"\n")
        return buf.getvalue()

    def archive(self, site: str, events: list[dict], hour: datetime | None = None) -> str:
        hour = (hour or datetime.now(timezone.utc)).replace(minute=0, second=0, microsecond=0)
        key = self._key(site, hour)
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=self._compress(events),
            ContentEncoding="gzip",
            ContentType="application/x-ndjson",
            ServerSideEncryption="aws:kms",
            Metadata={"event-count": str(len(events)), "site": site},
        )
        return key
