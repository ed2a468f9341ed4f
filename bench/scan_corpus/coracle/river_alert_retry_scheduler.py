"""River-level alert delivery.

When the gauge upstream crosses a threshold the hire desk must stop sending
boats out, and customers booked for the next few hours get an SMS. Delivery
is done in Celery tasks with retries spread out so the SMS gateway is not
hit by every worker at once.
"""

import logging
import os
import random

import httpx
from celery import Celery

log = logging.getLogger(__name__)

app = Celery("alerts", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))

SMS_GATEWAY_URL = os.environ.get("SMS_GATEWAY_URL", "https://sms.example-gateway.com/v1/messages")
SMS_GATEWAY_TOKEN = os.environ.get("SMS_GATEWAY_TOKEN", "")
BASE_DELAY_SECONDS = 30
MAX_RETRIES = 6


def backoff_with_jitter(attempt: int, base: int = BASE_DELAY_SECONDS) -> float:
    ceiling = base * (2 ** attempt)
    return random.uniform(ceiling / 2, ceiling)


@app.task(bind=True, max_retries=MAX_RETRIES)
def send_level_alert(self, booking_ref: str, phone: str, station: str, level_m: float) -> None:
    body = (
        f"Coracle Hire: river at {station} is {level_m:.2f} m. "
        f"Your booking {booking_ref} is paused; we will text again when it reopens."
    )
    try:
        resp = httpx.post(
            SMS_GATEWAY_URL,
            json={"to": phone, "body": body},
            headers={"Authorization": f"Bearer {SMS_GATEWAY_TOKEN}"},
            timeout=10.0,
        )
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        delay = backoff_with_jitter(self.request.retries)
        log.warning("Alert for %s failed (%s), retrying in %.0fs", booking_ref, exc, delay)
        raise self.retry(exc=exc, countdown=delay)
    log.info("Alert sent for booking %s", booking_ref)


def fan_out(bookings: list[dict], station: str, level_m: float) -> int:
    for b in bookings:
        send_level_alert.apply_async(
            args=(b["ref"], b["phone"], station, level_m),
            countdown=random.randint(0, 20),
        )
    return len(bookings)
