"""HTTP tracing hooks for the tablet-to-gateway sync client.

Support staff ask reps to switch on verbose sync logging when orders fail to
upload; these hooks write each request and response line to the device log.
"""
import logging

import httpx

from brushworks.tablet.settings import GATEWAY_URL, device_credentials

log = logging.getLogger("tablet.sync.http")

REDACTED = "[redacted]"
SENSITIVE_HEADERS = frozenset({"authorization", "x-device-key", "cookie", "set-cookie"})


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: (REDACTED if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


async def log_request(request: httpx.Request) -> None:
    log.debug("--> %s %s headers=%s", request.method, request.url, redact_headers(request.headers))


async def log_response(response: httpx.Response) -> None:
    request = response.request
    log.debug("<-- %s %s %s headers=%s", response.status_code, request.method, request.url,
              redact_headers(response.headers))


def build_client(verbose: bool = False) -> httpx.AsyncClient:
    device_key, device_serial = device_credentials()
    hooks = {"request": [log_request], "response": [log_response]} if verbose else {}
    return httpx.AsyncClient(
        base_url=GATEWAY_URL,
        timeout=httpx.Timeout(30.0, connect=10.0),
        headers={"X-Device-Key": device_key, "X-Device-Serial": device_serial},
        event_hooks=hooks,
    )
