"""HTTP event hooks that log card-processor traffic for the deposits team, with redaction."""

from __future__ import annotations

import logging
from decimal import Decimal

import httpx

log = logging.getLogger("yurthire.payments.http")

SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "x-api-key"})


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def _log_request(request: httpx.Request) -> None:
    log.debug("-> %s %s headers=%s", request.method, request.url, redact_headers(request.headers))


def _log_response(response: httpx.Response) -> None:
    request = response.request
    level = logging.WARNING if response.status_code >= 400 else logging.DEBUG
    log.log(
        level,
        "<- %s %s status=%s request_id=%s",
        request.method,
        request.url.path,
        response.status_code,
        response.headers.get("x-request-id", "-"),
    )


def build_client(base_url: str, secret_key: str, timeout: float = 15.0) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        timeout=timeout,
        headers={"Authorization": f"Bearer {secret_key}"},
        event_hooks={"request": [_log_request], "response": [_log_response]},
    )


class RefundClient:
    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def refund(self, hold_id: str, amount: Decimal, reason: str) -> str:
        response = self._client.post(
            "/v1/refunds",
            json={"hold": hold_id, "amount": int(amount * 100), "reason": reason},
        )
        response.raise_for_status()
        refund_id = response.json()["id"]
        log.info("refund %s issued against hold %s for %s", refund_id, hold_id, amount)
        return refund_id
