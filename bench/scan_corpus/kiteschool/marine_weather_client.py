"""Client for the coastguard marine weather bulletin API (tide, swell, small-craft warnings)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class BulletinSettings:
    base_url: str = os.environ.get("MARINE_API_URL", "https://marine.coastguard.example/api")
    ca_bundle: str = os.environ.get("MARINE_CA_BUNDLE", "/etc/ssl/certs/coastguard-chain.pem")
    timeout_s: float = 12.0


class MarineWeatherClient:
    def __init__(self, settings: BulletinSettings | None = None) -> None:
        self.settings = settings or BulletinSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        resp = self.session.get(f"{self.settings.base_url}{path}", params=params, timeout=self.settings.timeout_s)
        resp.raise_for_status()
        return resp.json()

    def small_craft_warning(self, zone: str) -> bool:
        data = self._get("/warnings", zone=zone)
        return any(w.get("type") == "small_craft" for w in data.get("active", []))

    def tide_table(self, station: str, day: str) -> Dict[str, Any]:
        return self._get("/tides", station=station, date=day)
