"""Polls the hydraulic rack-and-cloth press controller for cycle status with jittered backoff."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Callable

import requests

log = logging.getLogger("press.poller")


@dataclass
class Backoff:
    base: float = 0.5
    cap: float = 20.0
    attempts: int = 6

    def delays(self, rand: Callable[[float, float], float] = random.uniform):
        for attempt in range(self.attempts):
            ceiling = min(self.cap, self.base * (2 ** attempt))
            yield rand(0, ceiling)


class PressStatusPoller:
    def __init__(self, base_url: str | None = None, backoff: Backoff | None = None) -> None:
        self.base_url = (base_url or os.environ["PRESS_CONTROLLER_URL"]).rstrip("/")
        self.backoff = backoff or Backoff()
        self.session = requests.Session()
        self.session.verify = os.environ.get("PRESS_CONTROLLER_CA", True)

    def _get(self, path: str) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", timeout=5)
        resp.raise_for_status()
        return resp.json()

    def cycle_status(self, press_id: str) -> dict:
        last_error: Exception | None = None
        for delay in self.backoff.delays():
            try:
                return self._get(f"/presses/{press_id}/cycle")
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_error = exc
                log.warning("press %s unreachable, retrying in %.2fs", press_id, delay)
                time.sleep(delay)
        raise RuntimeError(f"press {press_id} did not answer") from last_error

    def juice_yield_litres(self, press_id: str) -> float:
        status = self.cycle_status(press_id)
        return float(status.get("juice_litres", 0.0))
