"""HTTP client for the courier partner's parcel tracking API.

Every call is traced at debug level with headers so that support can
reproduce tracking mismatches; credentials are masked before logging.
"""
import logging

import requests

from cobbler.config import settings

log = logging.getLogger("cobbler.courier.tracking")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def mask(value: str, keep: int = 4) -> str:
    return "*" * max(len(value) - keep, 0) + value[-keep:]


def redacted_headers(headers) -> dict:
    return {
        name: mask(value) if name.lower() in SENSITIVE_HEADERS else value
        for name, value in headers.items()
    }


def _trace(response: requests.Response, *args, **kwargs) -> None:
    log.debug(
        "tracking %s %s -> %s headers=%s",
        response.request.method,
        response.request.url,
        response.status_code,
        redacted_headers(response.request.headers),
    )


class CourierTrackingClient:
    def __init__(self, token: str = settings.COURIER_API_TOKEN):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.hooks["response"].append(_trace)

    def status(self, booking_id: str) -> dict:
        resp = self.session.get(f"{settings.COURIER_API_URL}/tracking/{booking_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def events(self, booking_id: str) -> list[dict]:
        return self.status(booking_id).get("events", [])
