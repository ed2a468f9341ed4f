"""Upload buffered TBM telemetry batches to the project data platform.

The tunnel LTE link drops regularly; uploads back off with jitter so the
gateways at both shafts do not retry in lockstep.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

import httpx

log = logging.getLogger("telemetry.upload")


@dataclass
class BackoffPolicy:
    base_s: float = 1.0
    cap_s: float = 60.0
    attempts: int = 8

    def delay(self, attempt: int, rng: Callable[[float, float], float] = random.uniform) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return rng(0, ceiling)


class BatchUploader:
    def __init__(self, client: httpx.Client, endpoint: str, policy: BackoffPolicy | None = None) -> None:
        self.client = client
        self.endpoint = endpoint
        self.policy = policy or BackoffPolicy()

    def upload(self, batch_id: str, payload: bytes) -> bool:
        for attempt in range(self.policy.attempts):
            try:
                resp = self.client.post(
                    self.endpoint,
                    content=payload,
                    headers={"Content-Type": "application/octet-stream", "X-Batch-Id": batch_id},
                )
                if resp.status_code in (200, 201, 409):
                    return True
                log.info("batch %s rejected with %d", batch_id, resp.status_code)
            except httpx.TransportError as exc:
                log.info("batch %s transport error: %s", batch_id, exc)
            pause = self.policy.delay(attempt)
            log.debug("batch %s retry %d in %.1fs", batch_id, attempt + 1, pause)
            time.sleep(pause)
        return False
