"""Pushes aggregated climate readings from the site server to the cloud historian."""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping

import httpx

log = logging.getLogger("ghops.uplink")

_REDACT = {"authorization", "x-api-key", "cookie"}


def _loggable(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in _REDACT else v) for k, v in headers.items()}


class HistorianUplink:
    def __init__(self, endpoint: str, token: str | None = None, timeout: float = 20.0):
        self._endpoint = endpoint.rstrip("/")
        self._headers = {
            "Authorization": f"Bearer {token or os.environ['HISTORIAN_TOKEN']}",
            "Content-Type": "application/json",
        }
        self._client = httpx.Client(timeout=timeout)

    def push(self, site: str, readings: list[dict]) -> int:
        url = f"{self._endpoint}/v1/sites/{site}/readings"
        log.debug("POST %s (%d readings) headers=%s", url, len(readings), _loggable(self._headers))
        resp = self._client.post(url, json={"readings": readings}, headers=self._headers)
        if resp.status_code >= 400:
            log.warning("historian rejected batch for %s: HTTP %s", site, resp.status_code)
            resp.raise_for_status()
        return len(readings)

    def close(self) -> None:
        self._client.close()
