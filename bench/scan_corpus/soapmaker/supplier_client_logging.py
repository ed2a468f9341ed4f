"""Supplier catalogue client with request logging for the purchasing team's troubleshooting."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("supplier_http")

_SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        k: ("[redacted]" if k.lower() in _SENSITIVE_HEADERS else v) for k, v in headers.items()
    }


@dataclass
class SupplierCatalogClient:
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 15.0

    def __post_init__(self) -> None:
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"X-Api-Key": self.api_key, "Accept": "application/json"},
            timeout=self.timeout,
            event_hooks={"request": [self._log_request], "response": [self._log_response]},
        )

    @classmethod
    def from_env(cls) -> "SupplierCatalogClient":
        return cls(os.environ["SUPPLIER_CATALOG_URL"], os.environ["SUPPLIER_CATALOG_KEY"])

    def _log_request(self, request: httpx.Request) -> None:
        request.extensions["started"] = time.monotonic()
        log.debug("%s %s headers=%s", request.method, request.url, redacted_headers(request.headers))

    def _log_response(self, response: httpx.Response) -> None:
        started = response.request.extensions.get("started", time.monotonic())
        log.info(
            "%s %s -> %s in %.0f ms",
            response.request.method,
            response.request.url.path,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )

    def essential_oils(self) -> list[dict]:
        resp = self._client.get("/v1/products", params={"category": "essential-oils"})
        resp.raise_for_status()
        return resp.json()["products"]

    def ifra_certificate(self, sku: str) -> bytes:
        resp = self._client.get(f"/v1/products/{sku}/ifra-certificate")
        resp.raise_for_status()
        return resp.content

    def close(self) -> None:
        self._client.close()
