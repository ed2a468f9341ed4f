"""Grouping of incoming hive-weight readings into batches for processing."""
import logging
import uuid
from collections import defaultdict
from datetime import datetime, timezone

from celery import shared_task

from skepmaker.sensors.models import HiveReading, ReadingBatch
from skepmaker.sensors.processing import smooth_weights

log = logging.getLogger(__name__)


def new_batch_id() -> str:
    return uuid.uuid1().hex


def group_by_apiary(readings):
    grouped = defaultdict(list)
    for reading in readings:
        grouped[reading.apiary_id].append(reading)
    return grouped


@shared_task(name="sensors.batch_pending")
def batch_pending_readings(limit: int = 5000) -> int:
    pending = HiveReading.objects.filter(batch__isnull=True).order_by("taken_at")[:limit]
    created = 0
    for apiary_id, readings in group_by_apiary(pending).items():
        batch = ReadingBatch.objects.create(
            batch_id=new_batch_id(),
            apiary_id=apiary_id,
            created_at=datetime.now(timezone.utc),
            size=len(readings),
        )
        HiveReading.objects.filter(pk__in=[r.pk for r in readings]).update(batch=batch)
        log.info("batch %s: %d readings for apiary %s", batch.batch_id, len(readings), apiary_id)
        process_batch.delay(batch.batch_id)
        created += 1
    return created


@shared_task(name="sensors.process_batch")
def process_batch(batch_id: str) -> None:
    batch = ReadingBatch.objects.get(batch_id=batch_id)
    weights = list(batch.readings.order_by("taken_at").values_list("grams", flat=True))
    batch.smoothed = smooth_weights(weights)
    batch.processed = True
    batch.save(update_fields=["smoothed", "processed"])
