"""Retry wrapper used when pushing rebalancing jobs to the van fleet tablets."""

import logging
import random as _rand
import secrets
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)

RETRY_POLICY = {
    "attempts": 5,
    "base_delay": 0.5,
    "max_delay": 20.0,
    "jitter": 0.3,
}
RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass
class DispatchJob:
    van_id: str
    pickup_station: int
    dropoff_station: int
    bikes: int
    idempotency_key: str = field(default_factory=lambda: secrets.token_urlsafe(24))


def _backoff(attempt: int, policy: dict = RETRY_POLICY) -> float:
    delay = min(policy["max_delay"], policy["base_delay"] * (2 ** attempt))
    spread = delay * policy["jitter"]
    return delay + _rand.uniform(-spread, spread)


def push_job(session: requests.Session, base_url: str, job: DispatchJob,
             policy: dict = RETRY_POLICY) -> dict:
    payload = {
        "van_id": job.van_id,
        "pickup_station": job.pickup_station,
        "dropoff_station": job.dropoff_station,
        "bikes": job.bikes,
    }
    headers = {"Idempotency-Key": job.idempotency_key}
    last_error = None
    for attempt in range(policy["attempts"]):
        try:
            resp = session.post(f"{base_url}/v2/jobs", json=payload,
                                headers=headers, timeout=10)
        except requests.ConnectionError as exc:
            last_error = exc
        else:
            if resp.status_code not in RETRYABLE_STATUS:
                resp.raise_for_status()
                return resp.json()
            last_error = RuntimeError(f"dispatch returned {resp.status_code}")
        wait = _backoff(attempt, policy)
        log.info("dispatch to van %s failed (attempt %d) retrying in %.1fs",
                 job.van_id, attempt + 1, wait)
        time.sleep(wait)
    raise RuntimeError(f"could not dispatch job to van {job.van_id}") from last_error


def spread_start_times(van_ids: list[str], window_s: float = 60.0) -> dict[str, float]:
    """Stagger the first poll of each tablet so they do not all hit the API at once."""
    return {van_id: _rand.uniform(0, window_s) for van_id in van_ids}
