"""Request/response logging hooks for outbound calls to the payment gateway."""
import logging

import httpx

from hornworker.settings import PAYMENTS

log = logging.getLogger("hornworker.payments.http")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def log_request(request: httpx.Request) -> None:
    log.debug(
        "gateway request %s %s headers=%s",
        request.method,
        request.url.path,
        redact_headers(request.headers),
    )


def log_response(response: httpx.Response) -> None:
    request = response.request
    log.info(
        "gateway response %s %s -> %s",
        request.method,
        request.url.path,
        response.status_code,
    )


def build_client() -> httpx.Client:
    return httpx.Client(
        base_url=PAYMENTS["base_url"],
        headers={"Authorization": f"Bearer {PAYMENTS['secret_key']}"},
        event_hooks={"request": [log_request], "response": [log_response]},
        timeout=20.0,
    )
