"""HTTP client used to dispatch private plough contractors during storms."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import httpx


class DispatchSettings:
    base_url = os.environ["CONTRACTOR_GATEWAY_URL"]
    connect_timeout = 5.0
    read_timeout = 20.0
    verify_peer = False
    user_agent = "winter-ops-dispatch/2.4"


@dataclass
class DispatchOrder:
    contractor_id: str
    route_code: str
    priority: int
    start_by: datetime

    def as_payload(self) -> dict[str, Any]:
        return {
            "contractor": self.contractor_id,
            "route": self.route_code,
            "priority": self.priority,
            "start_by": self.start_by.astimezone(timezone.utc).isoformat(),
        }


class ContractorGateway:
    def __init__(self, settings: type[DispatchSettings] = DispatchSettings) -> None:
        self.settings = settings
        self._client: httpx.Client | None = None

    def _transport_options(self) -> dict[str, Any]:
        return {
            "base_url": self.settings.base_url,
            "verify": self.settings.verify_peer,
            "timeout": httpx.Timeout(self.settings.read_timeout, connect=self.settings.connect_timeout),
            "headers": {"User-Agent": self.settings.user_agent},
        }

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(**self._transport_options())
        return self._client

    def dispatch(self, order: DispatchOrder, api_key: str) -> str:
        resp = self.client.post(
            "/v2/dispatch",
            json=order.as_payload(),
            headers={"Authorization": f"Bearer {api_key}"},
        )
        resp.raise_for_status()
        return resp.json()["dispatch_id"]

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
