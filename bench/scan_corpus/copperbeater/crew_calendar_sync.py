"""Push confirmed roofing installs to the crew scheduling service.

The scheduling service rate-limits bursts, so failed pushes are retried with
exponential backoff plus a little jitter to avoid all workers retrying at once.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import asdict, dataclass
from datetime import date

import requests

log = logging.getLogger(__name__)

SCHEDULER_URL = os.environ.get("CREW_SCHEDULER_URL", "https://schedule.copperbeater.example/api/v2")
MAX_ATTEMPTS = 5


@dataclass
class InstallSlot:
    job_ref: str
    crew_code: str
    site_postcode: str
    start: date
    days: int
    roof_area_m2: float


def _backoff(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    delay = min(cap, base * (2 ** attempt))
    return delay + random.uniform(0, delay / 2)


def push_slot(slot: InstallSlot, session: requests.Session | None = None) -> dict:
    session = session or requests.Session()
    token = os.environ["CREW_SCHEDULER_TOKEN"]
    payload = asdict(slot)
    payload["start"] = slot.start.isoformat()
    for attempt in range(MAX_ATTEMPTS):
        resp = session.post(
            f"{SCHEDULER_URL}/slots",
            json=payload,
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        if resp.status_code in (429, 502, 503):
            wait = _backoff(attempt)
            log.warning("scheduler busy for %s (HTTP %s), retrying in %.1fs",
                        slot.job_ref, resp.status_code, wait)
            time.sleep(wait)
            continue
        resp.raise_for_status()
        return resp.json()
    raise RuntimeError(f"gave up pushing {slot.job_ref} after {MAX_ATTEMPTS} attempts")


def sync_week(slots: list[InstallSlot]) -> int:
    with requests.Session() as s:
        for slot in slots:
            push_slot(slot, s)
    return len(slots)
