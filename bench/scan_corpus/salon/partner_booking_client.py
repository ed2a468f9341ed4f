"""Client for the marketplace that resells our appointment slots.

The marketplace's sandbox and production hosts use certificates issued by
their own private CA, so we pin verification to the CA bundle they publish.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class MarketplaceConfig:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "MarketplaceConfig":
        return cls(
            base_url=os.environ["MARKETPLACE_API_URL"].rstrip("/"),
            api_key=os.environ["MARKETPLACE_API_KEY"],
            ca_bundle=os.environ.get("MARKETPLACE_CA_BUNDLE", "/etc/salon/certs/marketplace-ca.pem"),
        )


class MarketplaceClient:
    def __init__(self, config: MarketplaceConfig):
        self.config = config
        self.session = requests.Session()
        self.session.verify = config.ca_bundle
        self.session.headers.update({"X-Api-Key": config.api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self.config.base_url}/{path.lstrip('/')}"

    def publish_slots(self, salon_ref: str, day: date, slots: list[dict]) -> dict:
        resp = self.session.put(
            self._url(f"/salons/{salon_ref}/slots/{day.isoformat()}"),
            json={"slots": slots},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def fetch_bookings(self, salon_ref: str, since: date) -> list[dict]:
        resp = self.session.get(
            self._url(f"/salons/{salon_ref}/bookings"),
            params={"since": since.isoformat()},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["bookings"]
