"""Request/response logging for calls the franchise back office makes to partner APIs."""
from __future__ import annotations

import logging
import os
import time
from typing import Mapping

import httpx

log = logging.getLogger("backoffice.outbound")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def scrub_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def _log_request(request: httpx.Request) -> None:
    request.extensions["started"] = time.perf_counter()
    log.debug(
        "-> %s %s headers=%s",
        request.method,
        request.url.copy_with(query=None),
        scrub_headers(request.headers),
    )


def _log_response(response: httpx.Response) -> None:
    started = response.request.extensions.get("started", time.perf_counter())
    log.debug(
        "<- %s %s %d in %.0fms",
        response.request.method,
        response.request.url.copy_with(query=None),
        response.status_code,
        (time.perf_counter() - started) * 1000,
    )


def partner_client(base_url: str, api_key: str) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        headers={"X-Api-Key": api_key, "Accept": "application/json"},
        event_hooks={"request": [_log_request], "response": [_log_response]},
        timeout=15.0,
    )


def fetch_fleet_invoices(month: str) -> list[dict]:
    with partner_client(os.environ["FLEET_PARTNER_URL"], os.environ["FLEET_PARTNER_KEY"]) as client:
        resp = client.get("/invoices", params={"month": month})
        resp.raise_for_status()
        return resp.json()["invoices"]
