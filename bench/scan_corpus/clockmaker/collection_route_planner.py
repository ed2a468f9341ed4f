"""Plan the van route for collecting and delivering longcase clocks.

Calls the mapping provider's matrix API and retries with jittered backoff
when the provider rate-limits the workshop account.
"""
import logging
import random
import time
from dataclasses import dataclass

import requests

from clockmaker.settings import ROUTING

log = logging.getLogger(__name__)


@dataclass
class Stop:
    ticket_number: str
    postcode: str
    lat: float
    lon: float


def _backoff(attempt: int, base: float = 0.5, cap: float = 20.0) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


def fetch_matrix(stops: list[Stop], max_attempts: int = 5) -> list[list[float]]:
    coords = ";".join(f"{s.lon},{s.lat}" for s in stops)
    url = f"{ROUTING['base_url']}/table/v1/driving/{coords}"
    for attempt in range(max_attempts):
        resp = requests.get(url, params={"annotations": "duration"}, timeout=15)
        if resp.status_code == 429:
            delay = _backoff(attempt)
            log.info("Routing provider busy, retrying in %.1fs", delay)
            time.sleep(delay)
            continue
        resp.raise_for_status()
        return resp.json()["durations"]
    raise RuntimeError("Routing provider unavailable")


def order_stops(depot: Stop, stops: list[Stop]) -> list[Stop]:
    everything = [depot, *stops]
    matrix = fetch_matrix(everything)
    remaining = list(range(1, len(everything)))
    route, current = [], 0
    while remaining:
        nxt = min(remaining, key=lambda i: matrix[current][i])
        route.append(everything[nxt])
        remaining.remove(nxt)
        current = nxt
    return route
