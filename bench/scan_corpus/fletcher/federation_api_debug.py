"""HTTP tracing for calls to the federation athlete-registry API."""
from __future__ import annotations

import logging
from typing import Mapping

import httpx

from fletcher.conf import settings

logger = logging.getLogger("fletcher.federation.http")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _log_request(request: httpx.Request) -> None:
    logger.debug("-> %s %s headers=%s", request.method, request.url, redact_headers(request.headers))


def _log_response(response: httpx.Response) -> None:
    logger.debug("<- %s %s %s", response.request.method, response.request.url, response.status_code)


def registry_client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.FEDERATION_REGISTRY_URL,
        headers={"Authorization": f"Token {settings.FEDERATION_REGISTRY_TOKEN}"},
        event_hooks={"request": [_log_request], "response": [_log_response]},
        timeout=10,
    )


def athlete_classification(license_no: str) -> dict:
    with registry_client() as client:
        resp = client.get(f"/athletes/{license_no}")
        resp.raise_for_status()
        data = resp.json()
    return {
        "license": license_no,
        "classification": data.get("classification"),
        "bow_classes": data.get("bow_classes", []),
        "valid_until": data.get("valid_until"),
    }
