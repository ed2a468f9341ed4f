"""Reliable upload of feed-barge telemetry over the site's 4G/satellite link.

Batches of blower, silo-level and doser readings are posted to the
telemetry API; the link is flaky so uploads retry with jittered backoff.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Any, Dict, List

import httpx

log = logging.getLogger("barge.telemetry")


@dataclass
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 2.0
    max_delay: float = 120.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class TelemetryUploader:
    def __init__(self, policy: RetryPolicy | None = None) -> None:
        self.policy = policy or RetryPolicy()
        self.client = httpx.Client(
            base_url=os.environ["TELEMETRY_API_URL"],
            headers={"Authorization": f"Bearer {os.environ['TELEMETRY_API_TOKEN']}"},
            timeout=httpx.Timeout(30.0, connect=10.0),
        )

    def push(self, barge: str, readings: List[Dict[str, Any]]) -> bool:
        payload = {"barge": barge, "readings": readings}
        for attempt in range(self.policy.attempts):
            try:
                resp = self.client.post("/v1/barge-readings", json=payload)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return True
                log.warning("telemetry API returned %s", resp.status_code)
            except httpx.TransportError as exc:
                log.warning("upload attempt %d failed: %s", attempt + 1, exc)
            pause = self.policy.delay(attempt)
            log.info("retrying in %.1fs", pause)
            time.sleep(pause)
        return False
