"""Client for submitting tile rendering jobs to the render farm API.

Submissions are retried with exponential backoff and random jitter so a
burst of project re-renders does not hammer the farm in lock-step.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("render_farm")

RETRYABLE = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


@dataclass
class RenderJob:
    tileset: str
    style_revision: str
    min_zoom: int
    max_zoom: int
    bbox: tuple[float, float, float, float]
    priority: str = "normal"


class RenderFarmClient:
    def __init__(self, base_url: str | None = None, policy: RetryPolicy = RetryPolicy()):
        self.policy = policy
        self._client = httpx.Client(
            base_url=base_url or os.environ["RENDER_FARM_URL"],
            headers={"Authorization": f"Bearer {os.environ['RENDER_FARM_TOKEN']}"},
            timeout=httpx.Timeout(15.0, connect=5.0),
        )

    def submit(self, job: RenderJob) -> str:
        payload = {
            "tileset": job.tileset,
            "style_revision": job.style_revision,
            "zoom": [job.min_zoom, job.max_zoom],
            "bbox": list(job.bbox),
            "priority": job.priority,
        }
        for attempt in range(self.policy.attempts):
            try:
                resp = self._client.post("/v1/jobs", json=payload)
            except httpx.TransportError as exc:
                log.warning("render farm unreachable (attempt %d): %s", attempt + 1, exc)
            else:
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()["job_id"]
                log.warning("render farm busy (%d), attempt %d", resp.status_code, attempt + 1)
            time.sleep(self.policy.delay(attempt))
        raise RuntimeError(f"could not submit render job for {job.tileset}")

    def status(self, job_id: str) -> dict:
        resp = self._client.get(f"/v1/jobs/{job_id}")
        resp.raise_for_status()
        return resp.json()
