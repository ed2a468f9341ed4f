"""Background job: deliver queued outbox events to subscriber webhooks."""
from __future__ import annotations

import logging
import random
import time
import uuid

import requests

from .models import OutboxEvent, Subscription
from .signing import sign_payload

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
BASE_DELAY = 2.0
MAX_DELAY = 300.0


def backoff_delay(attempt: int) -> float:
    """Exponential backoff with full jitter so retries don't arrive in lockstep."""
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


def deliver(event: OutboxEvent, sub: Subscription, session: requests.Session) -> bool:
    body = event.payload_json().encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        "X-Delivery-Id": str(uuid.uuid4()),
        "X-Event-Type": event.event_type,
        "X-Signature": sign_payload(sub.signing_secret, body),
    }
    try:
        resp = session.post(sub.url, data=body, headers=headers, timeout=10)
        return 200 <= resp.status_code < 300
    except requests.RequestException as exc:
        log.info("delivery of %s to subscription %s failed: %s", event.id, sub.id, exc)
        return False


def run_once(session: requests.Session | None = None) -> int:
    session = session or requests.Session()
    delivered = 0
    for event in OutboxEvent.due(limit=100):
        for sub in Subscription.for_event(event.event_type):
            if deliver(event, sub, session):
                delivered += 1
                event.mark_delivered(sub)
            elif event.attempts + 1 >= MAX_ATTEMPTS:
                event.mark_failed(sub)
            else:
                event.reschedule(sub, delay=backoff_delay(event.attempts))
    return delivered


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    while True:
        run_once()
        time.sleep(5)
