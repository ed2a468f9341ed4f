"""Delivery of partner webhooks (bag finalised, day cancelled, day released).

Events are queued by the booking service and pushed to each partner's
registered endpoint with exponential backoff and jitter between attempts.
"""
import json
import random

import requests
from celery import shared_task

from gamekeeper.config import settings
from gamekeeper.partners import PartnerDirectory, sign_payload

BASE_DELAY = 15
MAX_DELAY = 1800
MAX_ATTEMPTS = settings.WEBHOOK_MAX_ATTEMPTS


def backoff_seconds(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(ceiling / 2, ceiling)


@shared_task(bind=True, max_retries=MAX_ATTEMPTS, acks_late=True)
def deliver_event(self, partner_id: int, event: dict):
    partner = PartnerDirectory().get(partner_id)
    if not partner.webhook_url:
        return "no-endpoint"

    body = json.dumps(event, separators=(",", ":"), sort_keys=True).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Estate-Event": event["type"],
        "X-Estate-Signature": sign_payload(partner.webhook_secret, body),
    }
    try:
        response = requests.post(partner.webhook_url, data=body, headers=headers, timeout=10)
        response.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries))
    return response.status_code
