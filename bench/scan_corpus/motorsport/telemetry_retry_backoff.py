"""Retrying uploader that pushes lap summaries from the garage to the factory data lake."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, Optional

import httpx

log = logging.getLogger("telemetry.upload")


@dataclass(frozen=True)
class BackoffPolicy:
    base_delay: float = 0.5
    max_delay: float = 20.0
    attempts: int = 6
    jitter_ratio: float = 0.3

    def delay(self, attempt: int, rng: random.Random = random.Random()) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        spread = ceiling * self.jitter_ratio
        return max(0.0, ceiling + rng.uniform(-spread, spread))


RETRYABLE = {429, 502, 503, 504}


class LapSummaryUploader:
    def __init__(self, client: httpx.Client, policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.client = client
        self.policy = policy
        self.sleep = sleep

    def upload(self, car: int, lap: int, summary: Dict[str, Any]) -> Optional[httpx.Response]:
        for attempt in range(self.policy.attempts):
            try:
                resp = self.client.post(f"/cars/{car}/laps/{lap}", json=summary)
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp
                log.warning("car %s lap %s: HTTP %s, retrying", car, lap, resp.status_code)
            except httpx.TransportError as exc:
                log.warning("car %s lap %s: %s, retrying", car, lap, exc)
            self.sleep(self.policy.delay(attempt))
        log.error("giving up on car %s lap %s after %d attempts", car, lap, self.policy.attempts)
        return None


def default_uploader() -> LapSummaryUploader:
    client = httpx.Client(
        base_url=os.environ["DATA_LAKE_URL"],
        headers={"Authorization": f"Bearer {os.environ['DATA_LAKE_TOKEN']}"},
        timeout=10.0,
    )
    return LapSummaryUploader(client)
