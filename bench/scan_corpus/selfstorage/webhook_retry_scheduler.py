"""Retries delivery of outbound events (move-ins, payments) to partner webhooks."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("outbound.retry")


@dataclass
class RetryPolicy:
    base_delay: float = 2.0
    max_delay: float = 600.0
    max_attempts: int = 8
    jitter: float = 0.25


@dataclass
class PendingDelivery:
    delivery_id: int
    url: str
    body: bytes
    headers: dict = field(default_factory=dict)
    attempts: int = 0
    next_attempt_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def backoff_delay(attempt: int, policy: RetryPolicy) -> float:
    delay = min(policy.max_delay, policy.base_delay * (2 ** attempt))
    spread = delay * policy.jitter
    return max(0.0, delay + random.uniform(-spread, spread))


class RetryScheduler:
    def __init__(self, store, policy: RetryPolicy | None = None) -> None:
        self._store = store
        self._policy = policy or RetryPolicy()
        self._session = requests.Session()

    def _attempt(self, item: PendingDelivery) -> bool:
        try:
            resp = self._session.post(item.url, data=item.body, headers=item.headers, timeout=15)
        except requests.RequestException as exc:
            log.warning("delivery %s failed: %s", item.delivery_id, type(exc).__name__)
            return False
        return 200 <= resp.status_code < 300

    def run_once(self) -> int:
        now = datetime.now(timezone.utc)
        delivered = 0
        for item in self._store.due(now):
            if self._attempt(item):
                self._store.mark_delivered(item.delivery_id)
                delivered += 1
                continue
            item.attempts += 1
            if item.attempts >= self._policy.max_attempts:
                self._store.mark_dead(item.delivery_id)
                log.error("delivery %s abandoned after %d attempts", item.delivery_id, item.attempts)
                continue
            delay = backoff_delay(item.attempts, self._policy)
            self._store.reschedule(item.delivery_id, item.attempts, now + timedelta(seconds=delay))
        return delivered

    def serve_forever(self, idle_sleep: float = 5.0) -> None:
        while True:
            if self.run_once() == 0:
                time.sleep(idle_sleep)
