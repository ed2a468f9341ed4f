"""HTTPS client for the pool plant room controllers.

The controllers present certificates issued by the company's internal
facilities CA; the CA bundle is distributed to gateways by configuration
management.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class PlantRoomSettings:
    base_url: str = field(default_factory=lambda: os.environ["PLANT_ROOM_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("FACILITIES_CA_BUNDLE", "/etc/spa/pki/facilities-ca.pem")
    )
    timeout: float = 8.0


class PlantRoomClient:
    def __init__(self, settings: PlantRoomSettings | None = None) -> None:
        self.settings = settings or PlantRoomSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers["Authorization"] = f"Bearer {os.environ['PLANT_ROOM_TOKEN']}"
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def pump_status(self) -> dict[str, Any]:
        response = self.session.get(self._url("/api/pumps"), timeout=self.settings.timeout)
        response.raise_for_status()
        return response.json()

    def set_pool_temperature(self, pool_id: str, celsius: float) -> None:
        if not 26.0 <= celsius <= 34.0:
            raise ValueError("pool temperature outside allowed range")
        response = self.session.put(
            self._url(f"/api/pools/{pool_id}/setpoint"),
            json={"temperature_c": celsius},
            timeout=self.settings.timeout,
        )
        response.raise_for_status()
