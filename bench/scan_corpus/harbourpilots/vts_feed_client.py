"""Client for the Vessel Traffic Service (VTS) movement feed.

The VTS runs its own private certificate authority; its CA certificate
is deployed alongside the service and passed to httpx explicitly.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import httpx


@dataclass(frozen=True)
class VtsSettings:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "VtsSettings":
        return cls(
            base_url=os.environ["VTS_API_URL"],
            ca_bundle=os.environ.get("VTS_CA_BUNDLE", "/etc/harbourpilots/vts-ca.pem"),
            client_cert=os.environ["VTS_CLIENT_CERT"],
            client_key=os.environ["VTS_CLIENT_KEY"],
        )


@dataclass
class TrafficMovement:
    movement_id: str
    vessel_name: str
    mmsi: int
    from_location: str
    to_location: str
    planned_at: datetime


class VtsFeedClient:
    def __init__(self, settings: VtsSettings) -> None:
        self._client = httpx.Client(
            base_url=settings.base_url,
            verify=settings.ca_bundle,
            cert=(settings.client_cert, settings.client_key),
            timeout=settings.timeout,
        )

    def planned_movements(self, since: datetime) -> list[TrafficMovement]:
        resp = self._client.get("/movements/planned", params={"since": since.isoformat()})
        resp.raise_for_status()
        return [
            TrafficMovement(
                movement_id=item["id"],
                vessel_name=item["vesselName"],
                mmsi=int(item["mmsi"]),
                from_location=item["from"],
                to_location=item["to"],
                planned_at=datetime.fromisoformat(item["plannedAt"]),
            )
            for item in resp.json()["movements"]
        ]

    def __enter__(self) -> "VtsFeedClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()
