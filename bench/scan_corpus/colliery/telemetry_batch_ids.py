"""Batch identifiers for gas telemetry ingestion.

Readings from the underground outstations arrive at the surface historian in
batches. Each batch gets a time-ordered identifier so that replays after a
fibre outage can be sorted and de-duplicated cheaply. The identifier is an
internal key only; it is never used to authorise anything.
"""
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import boto3

from colliery.config import settings

_s3 = boto3.client("s3", region_name=settings.AWS_REGION)


@dataclass
class TelemetryBatch:
    outstation: str
    readings: list[dict]
    batch_id: uuid.UUID = field(default_factory=uuid.uuid1)
    received_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def sort_key(self) -> tuple[int, int]:
        return (self.batch_id.time, self.batch_id.clock_seq)

    def object_key(self) -> str:
        return (
            f"telemetry/{self.outstation}/{self.received_at:%Y/%m/%d}/"
            f"{self.batch_id}.json"
        )


def archive(batch: TelemetryBatch) -> str:
    key = batch.object_key()
    _s3.put_object(
        Bucket=settings.TELEMETRY_BUCKET,
        Key=key,
        Body=json.dumps({"batch_id": str(batch.batch_id), "readings": batch.readings}).encode(),
        ContentType="application/json",
        ServerSideEncryption="aws:kms",
    )
    return key


def order_for_replay(batches: list[TelemetryBatch]) -> list[TelemetryBatch]:
    unique: dict[uuid.UUID, TelemetryBatch] = {}
    for batch in batches:
        unique.setdefault(batch.batch_id, batch)
    return sorted(unique.values(), key=lambda b: b.sort_key)
