"""Retries calls to the van telematics API with exponential backoff and jitter."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger("dispatch.telematics")

T = TypeVar("T")

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_seconds: float = 0.5
    cap_seconds: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_seconds, self.base_seconds * (2 ** attempt))
        return random.uniform(0, ceiling)


def with_retries(call: Callable[[], T], policy: BackoffPolicy = BackoffPolicy()) -> T:
    last_exc: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            return call()
        except requests.HTTPError as exc:
            if exc.response is None or exc.response.status_code not in RETRYABLE_STATUS:
                raise
            last_exc = exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_exc = exc
        pause = policy.delay(attempt)
        log.warning("telematics call failed (attempt %d), retrying in %.2fs", attempt + 1, pause)
        time.sleep(pause)
    raise RuntimeError("telematics API unavailable") from last_exc


class TelematicsClient:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def van_positions(self, depot: str) -> list[dict]:
        def call() -> list[dict]:
            resp = self.session.get(
                f"{self.base_url}/v1/vehicles/positions", params={"depot": depot}, timeout=10
            )
            resp.raise_for_status()
            return resp.json()["vehicles"]

        return with_retries(call)

    def eta(self, van_reg: str, postcode: str) -> int:
        def call() -> int:
            resp = self.session.get(
                f"{self.base_url}/v1/eta", params={"vehicle": van_reg, "to": postcode}, timeout=10
            )
            resp.raise_for_status()
            return int(resp.json()["minutes"])

        return with_retries(call)
