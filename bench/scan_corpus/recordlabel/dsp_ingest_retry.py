"""Polls DSPs' reporting APIs for daily stream counts with retries.

DSP reporting endpoints rate-limit aggressively around midnight UTC, so
requests are retried with exponential backoff and random jitter.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("ingest.dsp")

RETRYABLE = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 60.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class DspReportClient:
    def __init__(self, base_url: str, api_token: str, policy: RetryPolicy = RetryPolicy()) -> None:
        self.http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}"},
            timeout=30.0,
        )
        self.policy = policy

    def _get(self, path: str, params: dict[str, str]) -> dict:
        for attempt in range(self.policy.attempts):
            try:
                resp = self.http.get(path, params=params)
            except httpx.TransportError as exc:
                log.warning("transport error on %s (attempt %d): %s", path, attempt + 1, exc)
            else:
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()
                log.info("DSP returned %d for %s, backing off", resp.status_code, path)
            time.sleep(self.policy.delay(attempt))
        raise RuntimeError(f"giving up on {path} after {self.policy.attempts} attempts")

    def daily_streams(self, label_code: str, day: str) -> list[dict]:
        data = self._get(f"/labels/{label_code}/streams", {"date": day})
        return data.get("rows", [])


def client_from_env() -> DspReportClient:
    return DspReportClient(
        base_url=os.environ["DSP_REPORTING_URL"],
        api_token=os.environ["DSP_REPORTING_TOKEN"],
    )
