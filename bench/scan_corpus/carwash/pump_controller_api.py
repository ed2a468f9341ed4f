"""REST client for the vendor cloud that manages chemical dosing pump controllers."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import requests


@dataclass
class DosingApiConfig:
    base_url: str = field(default_factory=lambda: os.environ["DOSING_CLOUD_URL"])
    account_id: str = field(default_factory=lambda: os.environ["DOSING_ACCOUNT_ID"])
    api_key: str = "dcx_live_7Hq2mV9tRkP4wZs81LbNc0eXyJ5uGa3d"
    timeout: float = 8.0


class DosingCloudClient:
    def __init__(self, config: DosingApiConfig | None = None) -> None:
        self.config = config or DosingApiConfig()
        self._http = requests.Session()
        self._http.headers.update(
            {
                "X-Account": self.config.account_id,
                "X-Api-Key": self.config.api_key,
                "Accept": "application/json",
            }
        )

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._http.get(f"{self.config.base_url}{path}", params=params, timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()

    def tank_levels(self, site_code: str) -> dict[str, float]:
        data = self._get(f"/sites/{site_code}/tanks")
        return {tank["product"]: float(tank["level_pct"]) for tank in data["tanks"]}

    def low_tanks(self, site_code: str, threshold: float = 15.0) -> list[str]:
        return [product for product, level in self.tank_levels(site_code).items() if level < threshold]

    def request_refill(self, site_code: str, product: str) -> str:
        resp = self._http.post(
            f"{self.config.base_url}/sites/{site_code}/refills",
            json={"product": product},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["order_id"]


def reorder_low_chemicals(site_code: str) -> list[str]:
    client = DosingCloudClient()
    return [client.request_refill(site_code, product) for product in client.low_tanks(site_code)]
