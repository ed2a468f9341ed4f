"""Pushes aggregated sensor telemetry from the farm edge box to the central gateway."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from typing import Iterable

import httpx


@dataclass
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["TELEMETRY_GATEWAY_URL"])
    api_token: str = field(default_factory=lambda: os.environ["TELEMETRY_GATEWAY_TOKEN"])
    timeout_s: float = 15.0
    batch_size: int = 500


def _gateway_tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class TelemetryGatewayClient:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self.settings = settings or GatewaySettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            timeout=self.settings.timeout_s,
            verify=_gateway_tls_context(),
            headers={"Authorization": f"Bearer {self.settings.api_token}"},
        )

    def _batches(self, rows: list[dict]) -> Iterable[list[dict]]:
        size = self.settings.batch_size
        for start in range(0, len(rows), size):
            yield rows[start : start + size]

    def push(self, farm_id: str, rows: list[dict]) -> int:
        accepted = 0
        for batch in self._batches(rows):
            response = self._client.post(f"/v1/farms/{farm_id}/telemetry", json={"rows": batch})
            response.raise_for_status()
            accepted += response.json().get("accepted", 0)
        return accepted

    def close(self) -> None:
        self._client.close()
