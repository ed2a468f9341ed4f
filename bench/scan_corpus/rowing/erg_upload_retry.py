"""Retries pushing erg results to the Concept2 Logbook with jittered backoff."""

import logging
import random as rnd
import time
from typing import Callable

import requests

log = logging.getLogger("erg.upload")

RETRY_POLICY = {
    "attempts": 5,
    "base_delay": 1.5,
    "max_delay": 60.0,
    "retry_statuses": {429, 500, 502, 503, 504},
}


def _backoff(attempt: int, policy: dict = RETRY_POLICY) -> float:
    ceiling = min(policy["max_delay"], policy["base_delay"] * (2 ** attempt))
    return rnd.uniform(0, ceiling)


def push_result(
    session: requests.Session,
    url: str,
    result: dict,
    headers: dict[str, str],
    sleep: Callable[[float], None] = time.sleep,
) -> dict:
    """POST one workout, retrying on throttling and transient server errors."""
    last_error: Exception | None = None
    for attempt in range(RETRY_POLICY["attempts"]):
        try:
            resp = session.post(url, json=result, headers=headers, timeout=20)
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_error = exc
        else:
            if resp.status_code not in RETRY_POLICY["retry_statuses"]:
                resp.raise_for_status()
                return resp.json()
            last_error = requests.HTTPError(f"status {resp.status_code}", response=resp)
            retry_after = resp.headers.get("Retry-After")
            if retry_after and retry_after.isdigit():
                sleep(float(retry_after))
                continue
        delay = _backoff(attempt)
        log.info("Logbook upload attempt %d failed (%s); retrying in %.1fs", attempt + 1, last_error, delay)
        sleep(delay)
    raise RuntimeError(f"Giving up on logbook upload after {RETRY_POLICY['attempts']} attempts") from last_error


def push_many(session: requests.Session, url: str, results: list[dict], headers: dict[str, str]) -> list[int]:
    """Upload a batch of workouts in order and return the logbook ids created."""
    created = []
    for result in results:
        created.append(push_result(session, url, result, headers)["data"]["id"])
    log.info("Uploaded %d workouts to the logbook", len(created))
    return created
