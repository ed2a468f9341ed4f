"""Pulls readings from the on-site climate controller gateways in each growing room."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class GatewayEndpoint:
    room: str
    base_url: str


class GatewayClient:
    transport_defaults: dict[str, Any] = {
        "timeout": httpx.Timeout(10.0, connect=3.0),
        "verify": False,
        "follow_redirects": False,
    }

    def __init__(self, endpoints: list[GatewayEndpoint], **overrides: Any) -> None:
        self.endpoints = endpoints
        self._client = httpx.Client(
            **{**self.transport_defaults, **overrides},
            headers={"Authorization": f"Bearer {os.environ['GATEWAY_API_TOKEN']}"},
        )

    def latest(self, endpoint: GatewayEndpoint) -> dict[str, Any]:
        resp = self._client.get(f"{endpoint.base_url}/api/v1/readings/latest")
        resp.raise_for_status()
        data = resp.json()
        data["room"] = endpoint.room
        return data

    def poll_all(self) -> list[dict[str, Any]]:
        results = []
        for ep in self.endpoints:
            try:
                results.append(self.latest(ep))
            except httpx.HTTPError as exc:
                results.append({"room": ep.room, "error": str(exc)})
        return results

    def close(self) -> None:
        self._client.close()


def from_env() -> GatewayClient:
    rooms = os.environ["GATEWAY_ROOMS"].split(",")
    return GatewayClient(
        [GatewayEndpoint(room=r, base_url=os.environ[f"GATEWAY_URL_{r.upper()}"]) for r in rooms]
    )
