"""Polling helper that waits for radar archive replay jobs to finish."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Callable, Optional

import requests


@dataclass
class BackoffPolicy:
    initial: float = 1.0
    factor: float = 2.0
    ceiling: float = 30.0
    jitter: float = 0.25
    attempts: int = 12

    def delay(self, attempt: int) -> float:
        base = min(self.ceiling, self.initial * self.factor ** attempt)
        spread = base * self.jitter
        return base + random.uniform(-spread, spread)


class ReplayJobPoller:
    terminal_states = {"done", "failed", "cancelled"}

    def __init__(
        self,
        session: requests.Session,
        api_base: str,
        policy: BackoffPolicy = BackoffPolicy(),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.session = session
        self.api_base = api_base.rstrip("/")
        self.policy = policy
        self._sleep = sleep

    def _status(self, job_id: str) -> dict:
        resp = self.session.get(f"{self.api_base}/replay-jobs/{job_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def wait(self, job_id: str) -> Optional[dict]:
        for attempt in range(self.policy.attempts):
            try:
                status = self._status(job_id)
            except requests.RequestException:
                status = {"state": "unknown"}
            if status.get("state") in self.terminal_states:
                return status
            self._sleep(self.policy.delay(attempt))
        return None
