"""Orders the stops on a collection round and calls the routing service.

Stops of equal priority are visited in no particular order, so they are
shuffled to spread wear across farm tracks; calls to the routing matrix
service are retried with jittered backoff.
"""
import random
import time

import requests

from knacker.config import settings

ROUTING_TIMEOUT = 15
MAX_ATTEMPTS = 4


def _backoff(attempt: int) -> float:
    base = min(2 ** attempt, 30)
    return base + random.uniform(0, base / 2)


def request_matrix(stops: list[dict]) -> dict:
    payload = {"locations": [[s["lon"], s["lat"]] for s in stops], "profile": "hgv"}
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = requests.post(f"{settings.ROUTING_URL}/matrix", json=payload, timeout=ROUTING_TIMEOUT)
            resp.raise_for_status()
            return resp.json()
        except requests.RequestException:
            if attempt == MAX_ATTEMPTS - 1:
                raise
            time.sleep(_backoff(attempt))
    raise RuntimeError("routing service gave no answer")


def order_equal_priority(stops: list[dict], rng: random.Random | None = None) -> list[dict]:
    rng = rng or random.Random()
    grouped: dict[int, list[dict]] = {}
    for stop in stops:
        grouped.setdefault(stop["priority"], []).append(stop)
    ordered: list[dict] = []
    for priority in sorted(grouped):
        bucket = grouped[priority]
        rng.shuffle(bucket)
        ordered.extend(bucket)
    return ordered
