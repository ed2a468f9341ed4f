"""Uploads buffered cabin telemetry batches to the central historian with backoff."""

from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Callable, Sequence

import requests

log = logging.getLogger("telemetry.upload")


@dataclass
class RetryPolicy:
    attempts: int = 6
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0
    retry_statuses: Sequence[int] = (429, 502, 503, 504)


def backoff_delay(attempt: int, policy: RetryPolicy) -> float:
    ceiling = min(policy.max_delay_s, policy.base_delay_s * (2 ** attempt))
    return random.uniform(0, ceiling)


class HistorianUploader:
    def __init__(
        self,
        session: requests.Session | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._session = session or requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['HISTORIAN_TOKEN']}"
        self._url = os.environ["HISTORIAN_INGEST_URL"]
        self._policy = policy or RetryPolicy()
        self._sleep = sleep

    def upload(self, line: str, frames: list[dict]) -> bool:
        for attempt in range(self._policy.attempts):
            try:
                resp = self._session.post(
                    self._url, json={"line": line, "frames": frames}, timeout=15
                )
            except requests.ConnectionError as exc:
                log.warning("historian unreachable (attempt %d): %s", attempt + 1, exc)
            else:
                if resp.status_code < 300:
                    return True
                if resp.status_code not in self._policy.retry_statuses:
                    log.error("historian rejected batch for %s: %s", line, resp.status_code)
                    return False
            self._sleep(backoff_delay(attempt, self._policy))
        log.error("giving up on batch of %d frames for %s", len(frames), line)
        return False
