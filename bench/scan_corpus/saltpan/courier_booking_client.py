"""Books pallet collections with the freight courier.

Called by the dispatch worker once a wholesale order has been packed and
weighed. The courier API is flaky at the start of the day, so calls are
retried with exponential backoff and jitter.
"""
import logging
import os
import random
import time
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

COURIER_BASE_URL = os.environ.get("COURIER_BASE_URL", "https://api.palletfreight.example/v2")


@dataclass
class Collection:
    order_ref: str
    pallets: int
    gross_kg: float
    ready_from: str  # ISO timestamp
    postcode: str


class CourierClient:
    def __init__(self, api_key: str = None, max_attempts: int = 5):
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_key or os.environ['COURIER_API_KEY']}"
        self._max_attempts = max_attempts

    def _backoff(self, attempt: int) -> float:
        return min(30.0, 2 ** attempt) + random.uniform(0, 1.5)

    def book(self, c: Collection) -> str:
        idempotency_key = str(uuid.uuid4())
        payload = {
            "reference": c.order_ref,
            "pallets": c.pallets,
            "weight_kg": round(c.gross_kg, 1),
            "ready_from": c.ready_from,
            "collection_postcode": c.postcode,
            "goods_description": "Sea salt, food grade, palletised",
        }
        for attempt in range(1, self._max_attempts + 1):
            try:
                resp = self._session.post(
                    f"{COURIER_BASE_URL}/collections",
                    json=payload,
                    headers={"Idempotency-Key": idempotency_key},
                    timeout=15,
                )
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return resp.json()["booking_id"]
                log.warning("courier returned %s for %s (attempt %d)", resp.status_code, c.order_ref, attempt)
            except requests.ConnectionError:
                log.warning("courier unreachable for %s (attempt %d)", c.order_ref, attempt)
            time.sleep(self._backoff(attempt))
        raise RuntimeError(f"could not book collection for {c.order_ref}")
