"""Client for an offtaker's inbound logistics API, used to confirm delivery windows."""
from __future__ import annotations

import logging
import os
from datetime import datetime
from typing import Any, Mapping

import httpx

log = logging.getLogger("h2.offtaker.client")

_MASKED_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def loggable_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("<masked>" if k.lower() in _MASKED_HEADERS else v) for k, v in headers.items()}


class OfftakerLogisticsClient:
    """One instance per offtaker; credentials come from the deployment's secret store via env."""

    def __init__(self, offtaker: str, base_url: str, token_env: str) -> None:
        self.offtaker = offtaker
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {os.environ[token_env]}", "Accept": "application/json"},
            timeout=httpx.Timeout(20.0, connect=5.0),
            event_hooks={"request": [self._log_request], "response": [self._log_response]},
        )

    def _log_request(self, request: httpx.Request) -> None:
        log.debug(
            "-> %s %s %s headers=%s",
            self.offtaker,
            request.method,
            request.url.path,
            loggable_headers(request.headers),
        )

    def _log_response(self, response: httpx.Response) -> None:
        log.debug("<- %s %s %s", self.offtaker, response.status_code, response.request.url.path)

    def confirm_window(self, delivery_ref: str, start: datetime, end: datetime, kg: float) -> dict[str, Any]:
        resp = self._client.post(
            f"/deliveries/{delivery_ref}/window",
            json={"start": start.isoformat(), "end": end.isoformat(), "net_kg": kg},
        )
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()
