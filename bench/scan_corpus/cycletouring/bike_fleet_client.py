"""Client for the rental partner's fleet API (bike sizes, e-bike availability, depots)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class FleetApiSettings:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout_s: float = 10.0

    @classmethod
    def from_env(cls) -> "FleetApiSettings":
        return cls(
            base_url=os.environ["FLEET_API_URL"].rstrip("/"),
            api_key=os.environ["FLEET_API_KEY"],
            ca_bundle=os.environ.get("FLEET_API_CA_BUNDLE", "/etc/ssl/certs/fleet-partner-ca.pem"),
        )


class BikeFleetClient:
    def __init__(self, settings: FleetApiSettings):
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(
            f"{self._settings.base_url}{path}", params=params, timeout=self._settings.timeout_s
        )
        resp.raise_for_status()
        return resp.json()

    def depots_near(self, lat: float, lon: float, radius_km: int = 25) -> list[dict]:
        return self._get("/v2/depots", lat=lat, lon=lon, radius=radius_km)["depots"]

    def ebike_availability(self, depot_id: str, start: date, end: date) -> dict[str, int]:
        data = self._get(
            f"/v2/depots/{depot_id}/availability",
            start=start.isoformat(),
            end=end.isoformat(),
            category="ebike",
        )
        return {item["model"]: item["available"] for item in data["models"]}

    def frame_sizes(self, model: str) -> list[str]:
        return self._get(f"/v2/models/{model}")["frame_sizes"]
