"""Book scaffolding with our hire partner, retrying when their API is busy.

Scaffold has to be up before the crew arrives, so bookings are pushed as soon
as a job gets a start date. The partner API rate-limits bursts, so retries
are spread out with exponential backoff and random jitter.
"""
import logging
import os
import random
import time
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("scaffold.booking")

PARTNER_API = os.environ.get("SCAFFOLD_API_URL", "https://api.scaffold-partner.example/v2")
RETRYABLE = {429, 502, 503, 504}


@dataclass
class ScaffoldRequest:
    job_ref: str
    site_postcode: str
    elevations: int
    lifts: int
    erect_on: date
    strike_on: date


def _backoff(attempt: int, base: float = 1.5, cap: float = 60.0) -> float:
    delay = min(cap, base * (2 ** attempt))
    return delay / 2 + random.uniform(0, delay / 2)


def book(req: ScaffoldRequest, max_attempts: int = 6) -> str:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['SCAFFOLD_API_TOKEN']}"
    body = {
        "reference": req.job_ref,
        "postcode": req.site_postcode,
        "elevations": req.elevations,
        "lifts": req.lifts,
        "erect": req.erect_on.isoformat(),
        "strike": req.strike_on.isoformat(),
    }
    for attempt in range(max_attempts):
        resp = session.post(f"{PARTNER_API}/bookings", json=body, timeout=15)
        if resp.status_code in RETRYABLE:
            wait = _backoff(attempt)
            log.warning("scaffold API busy (%s) for %s, retrying in %.1fs",
                        resp.status_code, req.job_ref, wait)
            time.sleep(wait)
            continue
        resp.raise_for_status()
        booking_id = resp.json()["booking_id"]
        log.info("scaffold booked for %s: %s", req.job_ref, booking_id)
        return booking_id
    raise RuntimeError(f"could not book scaffold for {req.job_ref}")
