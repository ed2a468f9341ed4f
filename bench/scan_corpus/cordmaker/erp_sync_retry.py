"""Push confirmed orders and invoices to the ERP with retry and backoff."""
import logging
import random
import time
from typing import Callable, TypeVar

import requests

from cordmaker.settings import ERP_BASE_URL, ERP_TIMEOUT

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE = {429, 502, 503, 504}


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


def with_retry(fn: Callable[[], T], attempts: int = 5) -> T:
    for attempt in range(attempts):
        try:
            return fn()
        except requests.HTTPError as exc:
            if exc.response is None or exc.response.status_code not in RETRYABLE:
                raise
            if attempt == attempts - 1:
                raise
            delay = backoff_delay(attempt)
            log.info("ERP busy (%s), retrying in %.2fs", exc.response.status_code, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")


def push_invoice(session: requests.Session, invoice: dict) -> dict:
    def _send() -> dict:
        resp = session.post(f"{ERP_BASE_URL}/invoices", json=invoice, timeout=ERP_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    return with_retry(_send)
