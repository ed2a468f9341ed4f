"""Request tracing for outbound calls to the harbour authority.

Installs httpx event hooks that log every request and response so that
disputed mooring fees can be matched to the calls we actually made.
"""
import logging
import time

import httpx

from wherryman.settings import settings

log = logging.getLogger("wherryman.harbour.trace")

REDACTED = "[redacted]"
SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def redact_headers(headers: httpx.Headers) -> dict:
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


async def _on_request(request: httpx.Request) -> None:
    request.extensions["started"] = time.monotonic()
    log.info("-> %s %s headers=%s", request.method, request.url, redact_headers(request.headers))


async def _on_response(response: httpx.Response) -> None:
    started = response.request.extensions.get("started", time.monotonic())
    elapsed_ms = (time.monotonic() - started) * 1000
    log.info(
        "<- %s %s %s in %.0fms",
        response.request.method, response.request.url, response.status_code, elapsed_ms,
    )


def traced_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.HARBOUR_API_URL,
        headers={"Authorization": f"Bearer {settings.HARBOUR_API_TOKEN}"},
        event_hooks={"request": [_on_request], "response": [_on_response]},
        timeout=20,
    )
