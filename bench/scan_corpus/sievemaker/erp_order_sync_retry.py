"""Pushes confirmed sieve orders from the webshop to the ERP.

The ERP endpoint is rate-limited and occasionally returns 503 during its
nightly MRP run, so submissions are retried with exponential backoff and
jitter. Each order carries an idempotency key so retries never create
duplicate production orders.
"""
import logging
import os
import random
import time
import uuid
from typing import Any, Dict

import requests

log = logging.getLogger("erp.sync")

ERP_BASE_URL = os.environ.get("ERP_BASE_URL", "https://erp.internal.example/api/v2")
MAX_ATTEMPTS = 6
BASE_DELAY = 0.5


def backoff_delay(attempt: int, base: float = BASE_DELAY, cap: float = 30.0) -> float:
    return random.uniform(0, min(cap, base * 2 ** attempt))


def submit_order(session: requests.Session, order: Dict[str, Any]) -> Dict[str, Any]:
    idem_key = order.setdefault("idempotency_key", str(uuid.uuid4()))
    for attempt in range(MAX_ATTEMPTS):
        resp = session.post(
            f"{ERP_BASE_URL}/sales-orders",
            json=order,
            headers={"Idempotency-Key": idem_key},
            timeout=20,
        )
        if resp.status_code in (429, 502, 503, 504):
            delay = backoff_delay(attempt)
            log.warning(
                "ERP busy (%s) for order %s, retry %d in %.1fs",
                resp.status_code, order.get("order_no"), attempt + 1, delay,
            )
            time.sleep(delay)
            continue
        resp.raise_for_status()
        return resp.json()
    raise RuntimeError(f"ERP did not accept order {order.get('order_no')} after {MAX_ATTEMPTS} tries")


def sync_pending(orders, token: str) -> int:
    with requests.Session() as s:
        s.headers["Authorization"] = f"Bearer {token}"
        done = 0
        for order in orders:
            submit_order(s, order)
            done += 1
        return done
