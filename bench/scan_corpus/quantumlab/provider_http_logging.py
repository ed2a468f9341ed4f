"""Request/response logging hooks for outbound calls to partner QPU providers.

Attached to every ``httpx.Client`` created by the provider broker so that
support can reconstruct what was sent when a partner reports a problem.
"""
import logging

import httpx

logger = logging.getLogger("qlab.providers.http")

_REDACTED_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def _redact(headers: httpx.Headers) -> dict[str, str]:
    return {
        k: ("<redacted>" if k.lower() in _REDACTED_HEADERS else v)
        for k, v in headers.items()
    }


def log_request(request: httpx.Request) -> None:
    logger.debug("-> %s %s headers=%s", request.method, request.url, _redact(request.headers))


def log_response(response: httpx.Response) -> None:
    request = response.request
    logger.debug(
        "<- %s %s %d (%s bytes)",
        request.method,
        request.url,
        response.status_code,
        response.headers.get("content-length", "?"),
    )


def make_client(base_url: str, api_token: str, timeout: float = 30.0) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        timeout=timeout,
        headers={"Authorization": f"Bearer {api_token}"},
        event_hooks={"request": [log_request], "response": [log_response]},
    )
