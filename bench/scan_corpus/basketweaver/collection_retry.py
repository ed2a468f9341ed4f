"""Booking courier collections for finished basket orders, with retries.

The courier's API is flaky on Monday mornings when everyone books at once,
so calls are retried with exponential backoff and full jitter.
"""
import logging
import random
import time
import uuid
from typing import Callable, Iterator

import requests

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


def backoff_delays(attempts: int, base: float = 0.5, cap: float = 20.0) -> Iterator[float]:
    for attempt in range(attempts):
        ceiling = min(cap, base * 2 ** attempt)
        yield random.uniform(0, ceiling)


def with_retries(call: Callable[[], requests.Response], attempts: int = 5) -> requests.Response:
    last = None
    for delay in backoff_delays(attempts):
        try:
            resp = call()
        except requests.ConnectionError as exc:
            log.warning("courier unreachable: %s", exc)
        else:
            if resp.status_code not in RETRYABLE_STATUS:
                return resp
            last = resp
            log.warning("courier returned %s, retrying in %.1fs", resp.status_code, delay)
        time.sleep(delay)
    if last is not None:
        return last
    raise RuntimeError("courier API unavailable after retries")


def book_collection(session: requests.Session, api_base: str, order_ref: str, parcels: int) -> dict:
    payload = {"reference": order_ref, "parcels": parcels, "service": "next-day"}
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    resp = with_retries(
        lambda: session.post(f"{api_base}/collections", json=payload, headers=headers, timeout=15)
    )
    resp.raise_for_status()
    return resp.json()


def book_all(session: requests.Session, api_base: str, orders: list[dict]) -> list[dict]:
    confirmations = []
    for order in orders:
        confirmations.append(book_collection(session, api_base, order["ref"], order["parcels"]))
        time.sleep(random.uniform(0.2, 0.8))
    return confirmations
