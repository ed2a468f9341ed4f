"""Celery tasks that push confirmed shingle deliveries to the trucking dispatch board."""

import logging
import random

import httpx
from celery import shared_task

from shinglemaker.config import settings
from shinglemaker.deliveries import DeliveryRepository

log = logging.getLogger(__name__)

BASE_DELAY_S = 5.0
MAX_DELAY_S = 300.0


def backoff_with_jitter(attempt: int) -> float:
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** attempt))
    return random.uniform(0, ceiling)


def _dispatch_payload(delivery) -> dict:
    return {
        "reference": delivery.reference,
        "site_address": delivery.site_address,
        "bundles": delivery.bundle_count,
        "squares": float(delivery.squares),
        "window_start": delivery.window_start.isoformat(),
        "window_end": delivery.window_end.isoformat(),
        "forklift_required": delivery.needs_forklift,
    }


@shared_task(bind=True, max_retries=8, acks_late=True)
def push_delivery_to_dispatch(self, delivery_id: int) -> str:
    repo = DeliveryRepository()
    delivery = repo.get(delivery_id)
    if delivery.dispatch_id:
        return delivery.dispatch_id
    try:
        resp = httpx.post(
            f"{settings.DISPATCH_BASE_URL}/v2/loads",
            json=_dispatch_payload(delivery),
            headers={"Authorization": f"Bearer {settings.DISPATCH_TOKEN}"},
            timeout=15.0,
        )
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        delay = backoff_with_jitter(self.request.retries)
        log.warning("dispatch push failed for %s, retrying in %.1fs", delivery.reference, delay)
        raise self.retry(exc=exc, countdown=delay)
    dispatch_id = resp.json()["load_id"]
    repo.mark_dispatched(delivery_id, dispatch_id)
    return dispatch_id
