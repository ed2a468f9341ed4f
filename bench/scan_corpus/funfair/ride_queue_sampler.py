"""Samples riders for the post-ride satisfaction survey and polls queue sensors.

Neither the sample nor the poll timing is security relevant: the survey is
optional and anonymous, and the jitter only spreads load on the sensor hub.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Iterable, Sequence

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueueReading:
    ride_id: str
    people_waiting: int
    est_wait_minutes: float


def survey_sample(wristband_uids: Sequence[str], rate: float = 0.05) -> list[str]:
    """Pick roughly ``rate`` of today's riders to be offered the survey at the exit."""
    if not wristband_uids:
        return []
    size = max(1, round(len(wristband_uids) * rate))
    return random.sample(list(wristband_uids), k=min(size, len(wristband_uids)))


def _backoff(attempt: int, base: float = 0.5, cap: float = 10.0) -> float:
    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.0)


class QueueSensorPoller:
    def __init__(self, hub_url: str, ride_ids: Iterable[str], timeout: float = 5.0) -> None:
        self.hub_url = hub_url.rstrip("/")
        self.ride_ids = list(ride_ids)
        self.timeout = timeout
        self.session = requests.Session()

    def read(self, ride_id: str, retries: int = 3) -> QueueReading | None:
        for attempt in range(retries):
            try:
                response = self.session.get(
                    f"{self.hub_url}/rides/{ride_id}/queue", timeout=self.timeout
                )
                response.raise_for_status()
                data = response.json()
                return QueueReading(ride_id, int(data["count"]), float(data["wait_min"]))
            except (requests.RequestException, KeyError, ValueError):
                log.debug("queue read for %s failed (attempt %d)", ride_id, attempt + 1)
                time.sleep(_backoff(attempt))
        return None

    def poll_all(self) -> list[QueueReading]:
        order = self.ride_ids[:]
        random.shuffle(order)
        readings = [self.read(ride_id) for ride_id in order]
        return [r for r in readings if r is not None]
