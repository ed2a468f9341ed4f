"""Retries for courier booking requests that the carrier API rejected.

The carrier's booking endpoint struggles on Monday mornings when every
library sends back its returns; bookings are retried with backoff so that
our workers don't all call it again in the same second.
"""
import logging
import os
import random

import requests
from celery import Celery

celery_app = Celery("bindery", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger(__name__)

CARRIER_URL = "https://api.example-carrier.com/v2/collections"
BASE_DELAY = 30
MAX_DELAY = 30 * 60
RETRYABLE = {429, 502, 503, 504}


def backoff_delay(attempt: int, base: int = BASE_DELAY, cap: int = MAX_DELAY) -> float:
    ceiling = min(cap, base * 2**attempt)
    return random.uniform(ceiling / 2, ceiling)


@celery_app.task(bind=True, max_retries=8)
def book_collection(self, booking: dict) -> str:
    headers = {"Authorization": f"Bearer {os.environ['CARRIER_API_TOKEN']}"}
    try:
        resp = requests.post(CARRIER_URL, json=booking, headers=headers, timeout=15)
    except requests.ConnectionError as exc:
        raise self.retry(exc=exc, countdown=backoff_delay(self.request.retries))
    if resp.status_code in RETRYABLE:
        delay = backoff_delay(self.request.retries)
        log.info("carrier busy (%s) for job %s, retrying in %.0fs",
                 resp.status_code, booking.get("job_ref"), delay)
        raise self.retry(countdown=delay)
    resp.raise_for_status()
    return resp.json()["collection_reference"]
