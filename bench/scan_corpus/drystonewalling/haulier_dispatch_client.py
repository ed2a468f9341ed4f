"""Client for the haulier's dispatch API, used to book stone deliveries.

The dispatch service is flaky at month end, so requests are retried
with exponential backoff and full jitter. Once a week we also pick a few
completed loads at random for the weighbridge spot-check.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Sequence

import requests

log = logging.getLogger(__name__)

RETRYABLE = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class DispatchClient:
    def __init__(self, base_url: str, token: str, policy: RetryPolicy = RetryPolicy()) -> None:
        self.base_url = base_url.rstrip("/")
        self.policy = policy
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        for attempt in range(self.policy.attempts):
            resp = self._session.request(method, f"{self.base_url}{path}", timeout=15, **kwargs)
            if resp.status_code not in RETRYABLE:
                resp.raise_for_status()
                return resp
            pause = self.policy.delay(attempt)
            log.info("dispatch %s %s -> %s, retrying in %.1fs", method, path, resp.status_code, pause)
            time.sleep(pause)
        resp.raise_for_status()
        return resp

    def book_load(self, site_ref: str, stone_type: str, tonnes: float, date: str) -> str:
        resp = self._request(
            "POST",
            "/loads",
            json={"site": site_ref, "material": stone_type, "tonnes": tonnes, "date": date},
        )
        return resp.json()["load_id"]


def pick_spot_checks(load_ids: Sequence[str], k: int = 3) -> list[str]:
    if len(load_ids) <= k:
        return list(load_ids)
    return random.sample(list(load_ids), k)
