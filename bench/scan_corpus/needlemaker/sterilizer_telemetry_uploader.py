"""Upload of EO sterilizer cycle telemetry to the QMS historian.

The chamber PLC exports temperature, humidity, pressure and gas
concentration every few seconds; a Celery worker batches the points and
pushes them to the historian, backing off when the historian is busy.
"""
import random
import time

import httpx
from celery import shared_task

from needlemaker.config import settings
from needlemaker.sterilization.buffer import pending_points, mark_uploaded

BASE_DELAY = 2.0
MAX_DELAY = 60.0
MAX_ATTEMPTS = 6


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


def _post_batch(client: httpx.Client, cycle_id: str, points: list) -> httpx.Response:
    return client.post(
        f"{settings.HISTORIAN_URL}/cycles/{cycle_id}/points",
        json={"points": points},
        timeout=15.0,
    )


@shared_task(name="sterilization.upload_telemetry")
def upload_cycle_telemetry(cycle_id: str) -> int:
    points = pending_points(cycle_id, limit=settings.TELEMETRY_BATCH)
    if not points:
        return 0
    with httpx.Client(headers={"User-Agent": "needlemaker-telemetry/2"}) as client:
        for attempt in range(MAX_ATTEMPTS):
            response = _post_batch(client, cycle_id, points)
            if response.status_code in (429, 502, 503):
                time.sleep(backoff_delay(attempt))
                continue
            response.raise_for_status()
            mark_uploaded(cycle_id, [p["seq"] for p in points])
            return len(points)
    raise RuntimeError(f"historian unavailable for cycle {cycle_id}")
