"""HTTP plumbing shared by the purchasing integrations (wholesalers, packaging vendors)."""
from __future__ import annotations

import logging
import os
from typing import Any, Mapping

import httpx

log = logging.getLogger("purchasing.http")

_SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in _SENSITIVE_HEADERS else v) for k, v in headers.items()}


class VendorHTTP:
    def __init__(self, base_url: str, api_key_env: str, timeout: float = 20.0) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            timeout=timeout,
            headers={"X-Api-Key": os.environ[api_key_env], "Accept": "application/json"},
        )

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        request = self._client.build_request(method, path, **kwargs)
        log.debug("-> %s %s headers=%s", request.method, request.url, redact_headers(request.headers))
        response = self._client.send(request)
        log.debug("<- %s %s %d", request.method, request.url, response.status_code)
        response.raise_for_status()
        return response.json()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "VendorHTTP":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
