"""Batch purchase of shipping labels from the parcel carrier.

Large stills ship as freight, but kettles, pans and jelly pans go out as
parcels; the dispatch desk buys labels for the day's orders in one run.
"""
import logging
import random
import time

import httpx

from coppersmith.settings import CARRIER_API_BASE, CARRIER_API_TOKEN

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5


def _backoff(attempt: int) -> float:
    ceiling = BASE_DELAY * (2 ** attempt)
    return random.uniform(0, ceiling)


def _purchase(client: httpx.Client, shipment: dict) -> dict:
    for attempt in range(MAX_ATTEMPTS):
        response = client.post("/v2/labels", json=shipment)
        if response.status_code not in (429, 502, 503):
            response.raise_for_status()
            return response.json()
        delay = _backoff(attempt)
        logger.info("carrier busy (%s), retrying in %.2fs", response.status_code, delay)
        time.sleep(delay)
    raise RuntimeError(f"label purchase failed for {shipment['reference']}")


def buy_labels(shipments: list[dict]) -> list[dict]:
    headers = {"Authorization": f"Bearer {CARRIER_API_TOKEN}"}
    labels = []
    with httpx.Client(base_url=CARRIER_API_BASE, headers=headers, timeout=20) as client:
        for shipment in shipments:
            label = _purchase(client, shipment)
            labels.append(
                {
                    "reference": shipment["reference"],
                    "tracking": label["tracking_number"],
                    "pdf_url": label["label_url"],
                }
            )
    return labels
