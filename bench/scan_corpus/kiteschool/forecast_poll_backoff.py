"""Polling loop that refreshes spot forecasts with jittered exponential backoff."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Dict, Iterable

log = logging.getLogger(__name__)


@dataclass
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 300.0
    max_attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return random.uniform(0, ceiling)


class ForecastPoller:
    def __init__(self, fetch: Callable[[str], Dict], policy: BackoffPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.fetch = fetch
        self.policy = policy or BackoffPolicy()
        self.sleep = sleep

    def refresh_spot(self, spot_id: str) -> Dict:
        for attempt in range(self.policy.max_attempts):
            try:
                return self.fetch(spot_id)
            except (ConnectionError, TimeoutError) as exc:
                wait = self.policy.delay(attempt)
                log.warning("forecast fetch for %s failed (%s); retry in %.1fs", spot_id, exc, wait)
                self.sleep(wait)
        raise RuntimeError(f"forecast for {spot_id} unavailable after {self.policy.max_attempts} tries")

    def refresh_all(self, spot_ids: Iterable[str]) -> Dict[str, Dict]:
        results: Dict[str, Dict] = {}
        for spot_id in spot_ids:
            try:
                results[spot_id] = self.refresh_spot(spot_id)
            except RuntimeError:
                log.error("skipping %s this cycle", spot_id)
        return results
