"""Dispatch of repair orders to the loft workbenches.

The workbench tablets poll a small queue service; when it is busy or being
restarted the dispatcher backs off and retries so that several dispatch
workers do not hammer it at the same moment.
"""
import logging
import random
import time

import requests

from netmaker.settings import WORKBENCH_QUEUE_URL, WORKBENCH_QUEUE_TIMEOUT

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
MAX_DELAY = 20.0


def _backoff(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


def dispatch(order_id: int, bench: str, priority: int = 5) -> dict:
    payload = {"order_id": order_id, "bench": bench, "priority": priority}
    last_error = None
    for attempt in range(MAX_ATTEMPTS):
        try:
            response = requests.post(
                f"{WORKBENCH_QUEUE_URL}/jobs", json=payload, timeout=WORKBENCH_QUEUE_TIMEOUT
            )
            if response.status_code in (429, 502, 503):
                raise requests.HTTPError(f"queue busy: {response.status_code}")
            response.raise_for_status()
            return response.json()
        except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
            last_error = exc
            delay = _backoff(attempt)
            log.warning("dispatch of order %s to %s failed (%s), retrying in %.1fs", order_id, bench, exc, delay)
            time.sleep(delay)
    raise RuntimeError(f"could not dispatch order {order_id} after {MAX_ATTEMPTS} attempts") from last_error
