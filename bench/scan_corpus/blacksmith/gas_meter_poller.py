"""Polls the forge gas meters over Modbus/HTTP bridge with jittered retries."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Dict, Optional

import requests

log = logging.getLogger("forge.gas.poller")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class MeterPoller:
    def __init__(self, bridge_url: str, policy: RetryPolicy = RetryPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.bridge_url = bridge_url.rstrip("/")
        self.policy = policy
        self._sleep = sleep
        self._session = requests.Session()

    def _read_once(self, meter_id: str) -> float:
        resp = self._session.get(f"{self.bridge_url}/meters/{meter_id}/register", timeout=5)
        resp.raise_for_status()
        return float(resp.json()["cubic_metres"])

    def read(self, meter_id: str) -> Optional[float]:
        for attempt in range(self.policy.attempts):
            try:
                return self._read_once(meter_id)
            except (requests.RequestException, KeyError, ValueError) as exc:
                wait = self.policy.delay(attempt)
                log.warning("meter %s read failed (%s); retry in %.1fs", meter_id, exc, wait)
                self._sleep(wait)
        return None

    def read_all(self, meter_ids: list[str]) -> Dict[str, Optional[float]]:
        return {meter_id: self.read(meter_id) for meter_id in meter_ids}
