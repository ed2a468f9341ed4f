"""Synchronises newly assigned ISBNs with the agency registry, retrying transient failures."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger("bindery.isbn_sync")
T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0


def with_backoff(fn: Callable[[], T], policy: RetryPolicy = RetryPolicy()) -> T:
    for attempt in range(1, policy.attempts + 1):
        try:
            return fn()
        except (requests.ConnectionError, requests.Timeout) as exc:
            if attempt == policy.attempts:
                raise
            ceiling = min(policy.max_delay, policy.base_delay * 2 ** attempt)
            delay = random.uniform(0, ceiling)
            log.warning("registry call failed (%s), retry %d in %.2fs", exc, attempt, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")


class RegistrySync:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.base = os.environ["ISBN_REGISTRY_URL"].rstrip("/")
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['ISBN_REGISTRY_TOKEN']}"

    def _push(self, record: dict) -> dict:
        resp = self.session.put(f"{self.base}/titles/{record['isbn13']}", json=record, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def sync(self, records: list[dict]) -> int:
        pushed = 0
        for record in records:
            with_backoff(lambda: self._push(record))
            pushed += 1
        return pushed
