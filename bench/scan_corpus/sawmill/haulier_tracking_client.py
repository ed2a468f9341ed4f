"""Vehicle tracking client for our own delivery fleet.

The telematics provider for the rigid and artic flatbeds exposes vehicle
positions over an mTLS API. The provider's server certificate is issued by
their private CA, so we pin verification to that CA bundle.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class TrackingSettings:
    base_url: str
    client_cert: str
    client_key: str
    ca_bundle: str
    timeout: float = 8.0

    @classmethod
    def from_env(cls) -> "TrackingSettings":
        return cls(
            base_url=os.environ["TRACKING_API_URL"],
            client_cert=os.environ["TRACKING_CLIENT_CERT"],
            client_key=os.environ["TRACKING_CLIENT_KEY"],
            ca_bundle=os.environ.get("TRACKING_CA_BUNDLE", "/etc/ssl/telematics/ca.pem"),
        )


class TrackingClient:
    def __init__(self, settings: TrackingSettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.cert = (settings.client_cert, settings.client_key)
        self.session.verify = settings.ca_bundle

    def positions(self, registrations: list[str]) -> dict[str, dict]:
        resp = self.session.get(
            f"{self.settings.base_url}/v1/positions",
            params={"vrm": ",".join(registrations)},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return {p["vrm"]: p for p in resp.json()["positions"]}

    def eta_minutes(self, registration: str, lat: float, lon: float) -> int | None:
        resp = self.session.get(
            f"{self.settings.base_url}/v1/vehicles/{registration}/eta",
            params={"lat": lat, "lon": lon},
            timeout=self.settings.timeout,
        )
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return int(resp.json()["minutes"])
