"""Pushes parsed ETS arrivals to the federation results API with retries.

Marking stations often sit on poor mobile connections, so uploads are retried
with exponential backoff and jitter to avoid every club hammering the API at
the same moment after a race closes.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("ets.upload")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 60.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class ArrivalUploader:
    def __init__(self, api_url: str | None = None, token: str | None = None,
                 policy: RetryPolicy = RetryPolicy()):
        self.api_url = (api_url or os.environ["RESULTS_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['RESULTS_API_TOKEN']}"
        self.policy = policy

    def upload(self, race_id: int, club_code: str, arrivals: list[dict]) -> dict:
        url = f"{self.api_url}/races/{race_id}/clubs/{club_code}/arrivals"
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.post(url, json={"arrivals": arrivals}, timeout=20)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return resp.json()
                last_error = requests.HTTPError(f"server error {resp.status_code}")
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_error = exc
            wait = self.policy.delay(attempt)
            log.warning("upload for race %s failed (attempt %d): %s; retrying in %.1fs",
                        race_id, attempt + 1, last_error, wait)
            time.sleep(wait)
        raise RuntimeError(f"giving up on race {race_id} upload") from last_error
