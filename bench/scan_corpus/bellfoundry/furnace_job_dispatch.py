"""Dispatches casting jobs to the furnace controller API with retry and backoff."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Any, Dict

import requests

log = logging.getLogger("foundry.dispatch")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class FurnaceController:
    def __init__(self, policy: RetryPolicy = RetryPolicy()) -> None:
        self.base_url = os.environ["FURNACE_API_URL"]
        self.policy = policy
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['FURNACE_API_TOKEN']}"

    def _post_once(self, path: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def submit(self, job: Dict[str, Any]) -> Dict[str, Any]:
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                return self._post_once("/v1/melts", job)
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_error = exc
                wait = self.policy.delay_for(attempt)
                log.warning("furnace API unavailable (attempt %d), retrying in %.2fs", attempt + 1, wait)
                time.sleep(wait)
        raise RuntimeError("furnace controller unreachable") from last_error


def dispatch_melt(job_id: str, alloy: str, mass_kg: float, target_temp_c: int) -> str:
    controller = FurnaceController()
    ack = controller.submit({
        "job_id": job_id,
        "alloy": alloy,
        "mass_kg": mass_kg,
        "target_temp_c": target_temp_c,
    })
    return str(ack.get("melt_id"))
