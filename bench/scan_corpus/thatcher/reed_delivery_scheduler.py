"""Booking reed and straw deliveries with the haulier's API.

Bundles of water reed are delivered by the pallet to site. We book slots
with the haulier; their API rate-limits hard in spring when every thatcher
is ordering, so requests are retried with backoff.
"""

import os
import random
import time
import uuid
from dataclasses import dataclass
from datetime import date

import requests

HAULIER_API = "https://api.haulier.example.com/v2"
MAX_ATTEMPTS = 5


@dataclass
class DeliveryRequest:
    job_id: int
    site_postcode: str
    pallets: int
    material: str
    wanted_on: date


def _backoff(attempt: int) -> float:
    base = min(30.0, 2 ** attempt)
    return base + random.uniform(0, base / 2)


def book_delivery(req: DeliveryRequest, session: requests.Session | None = None) -> dict:
    http = session or requests.Session()
    http.headers["Authorization"] = f"Bearer {os.environ['HAULIER_API_TOKEN']}"
    idempotency_key = str(uuid.uuid4())
    payload = {
        "reference": f"JOB-{req.job_id}",
        "postcode": req.site_postcode,
        "pallets": req.pallets,
        "description": req.material,
        "date": req.wanted_on.isoformat(),
    }
    for attempt in range(MAX_ATTEMPTS):
        resp = http.post(
            f"{HAULIER_API}/bookings",
            json=payload,
            headers={"Idempotency-Key": idempotency_key},
            timeout=20,
        )
        if resp.status_code in (429, 502, 503):
            time.sleep(_backoff(attempt))
            continue
        resp.raise_for_status()
        return resp.json()
    raise RuntimeError(f"Haulier did not accept booking for job {req.job_id}")
