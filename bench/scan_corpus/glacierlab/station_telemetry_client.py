"""Poll the vendor telemetry cloud for the latest observations of each station.

Some of our stations report through the manufacturer's hosted service, which
presents a certificate from a private CA; its bundle ships with our deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import httpx


@dataclass(frozen=True)
class TelemetrySettings:
    base_url: str = field(default_factory=lambda: os.environ["TELEMETRY_CLOUD_URL"])
    token: str = field(default_factory=lambda: os.environ["TELEMETRY_CLOUD_TOKEN"], repr=False)
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "TELEMETRY_CA_BUNDLE", "/etc/glacierlab/tls/vendor-cloud-ca.pem"
        )
    )
    timeout_s: float = 20.0


@dataclass
class Observation:
    station_id: str
    observed_at: datetime
    values: dict[str, float]


class TelemetryCloudClient:
    def __init__(self, settings: TelemetrySettings | None = None) -> None:
        self.settings = settings or TelemetrySettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            headers={"Authorization": f"Token {self.settings.token}"},
            timeout=self.settings.timeout_s,
            verify=self.settings.ca_bundle,
        )

    def latest(self, station_id: str, since: datetime) -> list[Observation]:
        response = self._client.get(
            f"/api/stations/{station_id}/observations",
            params={"since": since.isoformat(), "limit": 500},
        )
        response.raise_for_status()
        return [
            Observation(station_id, datetime.fromisoformat(item["time"]), item["values"])
            for item in response.json()["observations"]
        ]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "TelemetryCloudClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
