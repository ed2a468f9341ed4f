"""Retry helper for calls to the harbour authority's berth booking API.

The authority rate-limits operators during the morning departure rush,
so requests back off with full jitter before trying again.
"""
import logging
import random
import time

import requests

from wherryman.settings import settings

log = logging.getLogger(__name__)

RETRYABLE = {429, 502, 503, 504}


def build_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {settings.HARBOUR_API_TOKEN}"
    session.headers["User-Agent"] = "wherryman-ops/2.3"
    return session


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 20.0) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


def book_berth(session: requests.Session, payload: dict, attempts: int = 5) -> dict:
    resp = None
    for attempt in range(attempts):
        resp = session.post(f"{settings.HARBOUR_API_URL}/berth-bookings", json=payload, timeout=15)
        if resp.status_code not in RETRYABLE:
            resp.raise_for_status()
            return resp.json()
        delay = backoff_delay(attempt)
        log.warning("harbour API returned %s, retrying in %.1fs", resp.status_code, delay)
        time.sleep(delay)
    resp.raise_for_status()
    return resp.json()


def book_many(payloads: list) -> list:
    session = build_session()
    return [book_berth(session, p) for p in payloads]
