"""httpx event hooks that log outbound freight API calls for the integration dashboard."""

from __future__ import annotations

import logging
import os
from typing import Mapping

import httpx

log = logging.getLogger("freight.http")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "set-cookie", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("[REDACTED]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def _log_request(request: httpx.Request) -> None:
    log.info("-> %s %s headers=%s", request.method, request.url, redact_headers(request.headers))


def _log_response(response: httpx.Response) -> None:
    request = response.request
    log.info(
        "<- %s %s status=%s elapsed_ms=%s",
        request.method,
        request.url.path,
        response.status_code,
        int(response.elapsed.total_seconds() * 1000) if response.is_closed else "-",
    )


def freight_client() -> httpx.Client:
    return httpx.Client(
        base_url=os.environ["FREIGHT_API_URL"],
        headers={"Authorization": f"Bearer {os.environ['FREIGHT_API_KEY']}"},
        event_hooks={"request": [_log_request], "response": [_log_response]},
        timeout=20.0,
    )


def sailing_capacity(client: httpx.Client, sailing_id: str) -> dict:
    resp = client.get(f"/v1/sailings/{sailing_id}/capacity")
    resp.raise_for_status()
    data = resp.json()
    return {
        "lane_metres_free": data["lane_metres_free"],
        "hazardous_slots_free": data["adr_slots_free"],
    }
