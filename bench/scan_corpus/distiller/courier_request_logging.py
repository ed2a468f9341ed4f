"""Outbound request logging for the courier integration.

Bottle orders and cask samples are shipped with a courier whose API is
flaky; every request is logged so support can replay problem shipments.
"""
import logging

import httpx

from shop.settings import COURIER_BASE_URL, courier_api_key

log = logging.getLogger("shop.courier")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def _log_request(request: httpx.Request) -> None:
    log.info("courier -> %s %s headers=%s", request.method, request.url, redact_headers(request.headers))


def _log_response(response: httpx.Response) -> None:
    log.info("courier <- %s %s", response.status_code, response.request.url)


def courier_client() -> httpx.Client:
    return httpx.Client(
        base_url=COURIER_BASE_URL,
        headers={"Authorization": f"Bearer {courier_api_key()}"},
        event_hooks={"request": [_log_request], "response": [_log_response]},
        timeout=20,
    )


def book_collection(parcel: dict) -> str:
    with courier_client() as client:
        resp = client.post("/v1/shipments", json=parcel)
        resp.raise_for_status()
        return resp.json()["tracking_number"]
