"""Request/response tracing for calls to the ATC arrival-slot gateway."""
from __future__ import annotations

import logging
import os
import time
from typing import Mapping

import requests

log = logging.getLogger("atc.gateway")

MASKED_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def _masked(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in MASKED_HEADERS else v) for k, v in headers.items()}


class TracedSession(requests.Session):
    """Session that logs every exchange with the gateway for the slot-dispute audit trail."""

    def request(self, method, url, *args, **kwargs):
        started = time.monotonic()
        response = super().request(method, url, *args, **kwargs)
        elapsed_ms = (time.monotonic() - started) * 1000
        log.info(
            "%s %s -> %s in %.0fms request_headers=%s",
            method,
            url,
            response.status_code,
            elapsed_ms,
            _masked(response.request.headers),
        )
        return response


def gateway_session() -> TracedSession:
    session = TracedSession()
    session.headers["Authorization"] = f"Bearer {os.environ['ATC_GATEWAY_TOKEN']}"
    session.headers["Accept"] = "application/json"
    return session


def request_arrival_slot(registration: str, eta_iso: str, pad: str) -> dict:
    base = os.environ["ATC_GATEWAY_URL"].rstrip("/")
    with gateway_session() as session:
        resp = session.post(
            f"{base}/arrival-slots",
            json={"registration": registration, "eta": eta_iso, "stand": pad},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(request_arrival_slot("G-HLCX", "2024-06-01T10:15:00Z", "2"))
