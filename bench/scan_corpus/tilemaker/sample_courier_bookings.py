"""Books courier collections for outgoing sample parcels.

Sample tiles go out by tracked courier. Bookings are made through the
courier's REST API and logged for the dispatch team.
"""
import logging

import requests

from tilemaker.settings import COURIER_API_BASE, COURIER_API_KEY

logger = logging.getLogger("tilemaker.dispatch")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: dict) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _headers() -> dict:
    return {"X-Api-Key": COURIER_API_KEY, "Content-Type": "application/json"}


def book_collection(sample_request_id: int, parcel: dict, address: dict) -> str:
    headers = _headers()
    body = {
        "reference": f"SAMPLE-{sample_request_id}",
        "service": "next_day_tracked",
        "parcels": [parcel],
        "recipient": address,
    }
    logger.info("booking courier for sample %s headers=%s", sample_request_id, redact_headers(headers))
    resp = requests.post(f"{COURIER_API_BASE}/shipments", json=body, headers=headers, timeout=20)
    resp.raise_for_status()
    tracking = resp.json()["tracking_number"]
    logger.info("sample %s booked, tracking %s", sample_request_id, tracking)
    return tracking


def cancel_collection(tracking: str) -> None:
    resp = requests.delete(f"{COURIER_API_BASE}/shipments/{tracking}", headers=_headers(), timeout=20)
    if resp.status_code not in (200, 204, 404):
        logger.warning("cancel for %s failed with %s", tracking, resp.status_code)
        resp.raise_for_status()
