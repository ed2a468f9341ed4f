"""Pushes tomorrow's delivery rounds to the route-optimisation service.

Runs from cron at 18:00 after order cut-off. The optimiser occasionally
returns 429/503 under load, so we retry with exponential backoff and jitter.
"""
import logging
import os
import random
import time
from typing import Iterable

import requests

log = logging.getLogger("icehouse.routing.sync")

OPTIMISER_URL = os.environ.get("ROUTE_OPTIMISER_URL", "https://api.routeplanner.example/v2")
MAX_ATTEMPTS = 5
BASE_DELAY_S = 1.5


def _backoff(attempt: int) -> float:
    ceiling = BASE_DELAY_S * (2 ** attempt)
    return random.uniform(0, ceiling)


def _payload(rounds: Iterable[dict]) -> dict:
    return {
        "depot": os.environ.get("ICEHOUSE_DEPOT_CODE", "MAIN"),
        "vehicles": sorted({r["van"] for r in rounds}),
        "stops": [
            {"id": s["stop_id"], "lat": s["lat"], "lon": s["lon"], "kg": s["ice_kg"], "window": s["window"]}
            for r in rounds
            for s in r["stops"]
        ],
    }


def push_rounds(rounds: list[dict], session: requests.Session | None = None) -> str:
    session = session or requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['ROUTE_OPTIMISER_TOKEN']}"
    body = _payload(rounds)

    for attempt in range(MAX_ATTEMPTS):
        resp = session.post(f"{OPTIMISER_URL}/plans", json=body, timeout=20)
        if resp.status_code in (429, 502, 503):
            delay = _backoff(attempt)
            log.warning("optimiser busy (%s), retrying in %.1fs", resp.status_code, delay)
            time.sleep(delay)
            continue
        resp.raise_for_status()
        plan_id = resp.json()["plan_id"]
        log.info("pushed %d stops, plan %s", len(body["stops"]), plan_id)
        return plan_id

    raise RuntimeError(f"route optimiser unavailable after {MAX_ATTEMPTS} attempts")
