"""Celery tasks that push repair-ready parcels to the courier booking API.

The courier API rate-limits aggressively, so failed bookings are retried
with exponential backoff plus random jitter to spread the load.
"""
import random

import requests
from celery import shared_task
from celery.utils.log import get_task_logger

from cobbler.config import settings
from cobbler.repositories import parcel_repo

logger = get_task_logger(__name__)

BASE_DELAY = 5
MAX_DELAY = 300


def backoff_delay(attempt: int, base: int = BASE_DELAY, cap: int = MAX_DELAY) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


def pick_depot(depots: list[str]) -> str:
    candidates = depots[:]
    random.shuffle(candidates)
    return candidates[0]


@shared_task(bind=True, max_retries=8)
def book_courier_pickup(self, parcel_id: int):
    parcel = parcel_repo.get(parcel_id)
    depot = pick_depot(settings.COURIER_DEPOTS)
    try:
        resp = requests.post(
            f"{settings.COURIER_API_URL}/bookings",
            json={"reference": parcel.reference, "depot": depot, "weight_g": parcel.weight_g},
            headers={"X-Api-Key": settings.COURIER_API_KEY},
            timeout=15,
        )
        resp.raise_for_status()
    except requests.RequestException as exc:
        delay = backoff_delay(self.request.retries)
        logger.warning("courier booking for parcel %s failed, retrying in %.1fs", parcel_id, delay)
        raise self.retry(exc=exc, countdown=delay)
    parcel_repo.set_booking(parcel_id, resp.json()["booking_id"])
