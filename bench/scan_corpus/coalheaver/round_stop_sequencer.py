"""Sequencing of stops on a driver's delivery round.

Stops are grouped by street, then ordered by the routing service.  Where the
routing service scores two streets equally the tie is broken at random so the
same households are not always served last, and calls to the routing service
are retried with jittered backoff.
"""
import random
import time
from itertools import groupby

import requests

from coalheaver.config import settings

MAX_ATTEMPTS = 4
BASE_DELAY = 0.5


def _with_backoff(fn, *args, **kwargs):
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return fn(*args, **kwargs)
        except requests.RequestException:
            if attempt == MAX_ATTEMPTS:
                raise
            time.sleep(BASE_DELAY * 2 ** attempt + random.uniform(0, BASE_DELAY))


def _score_streets(depot_code: str, streets: list) -> dict:
    resp = requests.post(
        f"{settings.ROUTING_API_URL}/score",
        json={"depot": depot_code, "streets": streets},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["scores"]


def sequence_round(depot_code: str, stops: list) -> list:
    stops = sorted(stops, key=lambda s: s["street"])
    by_street = {street: list(group) for street, group in groupby(stops, key=lambda s: s["street"])}
    scores = _with_backoff(_score_streets, depot_code, list(by_street))
    streets = list(by_street)
    random.shuffle(streets)
    streets.sort(key=lambda name: scores.get(name, 0.0))
    ordered = []
    for position, street in enumerate(streets, start=1):
        for stop in sorted(by_street[street], key=lambda s: s["house_number"]):
            ordered.append({**stop, "sequence": len(ordered) + 1, "street_rank": position})
    return ordered
