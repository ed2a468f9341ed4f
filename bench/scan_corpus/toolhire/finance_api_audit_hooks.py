"""Audit logging for outbound calls to the finance system (invoices, deposits).

Finance asked for a record of every call the hire platform makes, which the
platform team ships to the central log store.
"""
from __future__ import annotations

import logging
import os
from typing import Iterable, Mapping

import httpx

audit = logging.getLogger("toolhire.audit.finance")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "set-cookie"})


def redact_headers(headers: Mapping[str, str], sensitive: Iterable[str] = SENSITIVE_HEADERS) -> dict:
    hidden = {h.lower() for h in sensitive}
    return {k: ("[redacted]" if k.lower() in hidden else v) for k, v in headers.items()}


def _on_request(request: httpx.Request) -> None:
    audit.info(
        "finance request method=%s path=%s headers=%s",
        request.method,
        request.url.path,
        redact_headers(request.headers),
    )


def _on_response(response: httpx.Response) -> None:
    audit.info(
        "finance response status=%s path=%s elapsed_ms=%d",
        response.status_code,
        response.request.url.path,
        int(response.elapsed.total_seconds() * 1000) if response.is_closed else -1,
    )


def finance_client() -> httpx.Client:
    return httpx.Client(
        base_url=os.environ["TH_FINANCE_API_URL"],
        headers={"Authorization": f"Bearer {os.environ['TH_FINANCE_API_KEY']}"},
        timeout=10.0,
        event_hooks={"request": [_on_request], "response": [_on_response]},
    )


def post_damage_invoice(client: httpx.Client, booking_ref: str, amount_pence: int, reason: str) -> str:
    resp = client.post(
        "/invoices/damage",
        json={"booking": booking_ref, "amount": amount_pence, "reason": reason[:200]},
    )
    resp.raise_for_status()
    return resp.json()["invoice_no"]
