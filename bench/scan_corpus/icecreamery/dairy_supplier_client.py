"""Client for the dairy cooperative ordering API (milk, cream, butterfat)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class SupplierSettings:
    base_url: str
    ca_bundle: str
    api_token: str

    @classmethod
    def from_env(cls) -> "SupplierSettings":
        return cls(
            base_url=os.environ["DAIRY_COOP_URL"],
            ca_bundle=os.environ.get("DAIRY_COOP_CA_BUNDLE", "/etc/ssl/certs/dairy-coop-ca.pem"),
            api_token=os.environ["DAIRY_COOP_TOKEN"],
        )


class DairyCoopClient:
    def __init__(self, settings: SupplierSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers.update({"Authorization": f"Bearer {settings.api_token}"})
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def place_order(self, delivery_day: date, litres_milk: int, litres_cream: int) -> str:
        body = {
            "delivery_date": delivery_day.isoformat(),
            "lines": [
                {"product": "WHOLE_MILK", "litres": litres_milk},
                {"product": "DOUBLE_CREAM_48", "litres": litres_cream},
            ],
        }
        resp = self.session.post(self._url("/orders"), json=body, timeout=20)
        resp.raise_for_status()
        return resp.json()["order_number"]

    def order_status(self, order_number: str) -> str:
        resp = self.session.get(self._url(f"/orders/{order_number}"), timeout=10)
        resp.raise_for_status()
        return resp.json()["status"]
