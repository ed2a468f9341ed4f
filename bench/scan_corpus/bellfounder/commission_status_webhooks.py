"""Delivers commission status changes (moulded, cast, tuned, shipped) to client webhooks."""

import logging
import random
import time

import requests

from bellfounder.settings import settings

log = logging.getLogger(__name__)


class WebhookDelivery:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.max_attempts = settings.WEBHOOK_MAX_ATTEMPTS
        self.base_delay = settings.WEBHOOK_BASE_DELAY

    def _backoff(self, attempt: int) -> float:
        ceiling = min(60.0, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)

    def deliver(self, url: str, event: dict) -> bool:
        for attempt in range(self.max_attempts):
            try:
                resp = self.session.post(url, json=event, timeout=10)
                if resp.status_code < 500:
                    return resp.ok
                log.warning("Webhook %s returned %s", url, resp.status_code)
            except requests.RequestException as exc:
                log.warning("Webhook %s failed: %s", url, exc.__class__.__name__)
            time.sleep(self._backoff(attempt))
        log.error("Giving up on webhook %s for commission %s", url, event.get("commission_id"))
        return False


def notify_stage_change(commission, stage: str) -> None:
    event = {
        "commission_id": commission.id,
        "bell": commission.bell_name,
        "stage": stage,
    }
    delivery = WebhookDelivery()
    for hook in commission.client.webhook_urls:
        delivery.deliver(hook, event)
