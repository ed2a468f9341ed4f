"""Reads water temperature and chlorine levels from the cold-plunge pool sensor hub."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Dict, List

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class SensorHubSettings:
    base_url: str
    ca_bundle: str
    api_key: str
    timeout_s: float = 4.0

    @classmethod
    def from_env(cls) -> "SensorHubSettings":
        return cls(
            base_url=os.environ["PLUNGE_HUB_URL"],
            ca_bundle=os.environ.get("PLUNGE_HUB_CA", "/etc/bathhouse/certs/plunge-hub-ca.pem"),
            api_key=os.environ["PLUNGE_HUB_API_KEY"],
        )


class PlungeSensorClient:
    def __init__(self, settings: SensorHubSettings) -> None:
        self.settings = settings
        self.session = self._session()

    def _session(self) -> requests.Session:
        sess = requests.Session()
        sess.verify = self.settings.ca_bundle
        sess.headers["X-Api-Key"] = self.settings.api_key
        sess.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        return sess

    def reading(self, pool_id: str) -> Dict[str, float]:
        resp = self.session.get(f"{self.settings.base_url}/pools/{pool_id}/latest",
                                timeout=self.settings.timeout_s)
        resp.raise_for_status()
        body = resp.json()
        return {"water_c": float(body["water_c"]), "chlorine_ppm": float(body["cl_ppm"])}

    def out_of_range(self, pool_ids: List[str], max_c: float = 12.0) -> List[str]:
        alerts = []
        for pool in pool_ids:
            r = self.reading(pool)
            if r["water_c"] > max_c or not 0.3 <= r["chlorine_ppm"] <= 1.5:
                alerts.append(pool)
        return alerts
