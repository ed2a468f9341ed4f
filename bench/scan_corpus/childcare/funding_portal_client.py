"""Client for the local authority's early-years funding portal API.

The council runs its own private CA for the provider API, so we pin
requests to the CA bundle they publish instead of the system store.
"""
from dataclasses import dataclass
from datetime import date

import requests


@dataclass
class FundingPortalSettings:
    base_url: str
    client_cert: str
    client_key: str
    ca_bundle: str
    provider_urn: str
    timeout: float = 20.0


class FundingPortalClient:
    def __init__(self, settings: FundingPortalSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.cert = (settings.client_cert, settings.client_key)
        self.session.headers["Accept"] = "application/json"

    def _get(self, path: str, **params) -> dict:
        url = f"{self.settings.base_url.rstrip('/')}{path}"
        resp = self.session.get(url, params=params, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def headcount(self, term_start: date) -> dict:
        return self._get(
            f"/providers/{self.settings.provider_urn}/headcount",
            term=term_start.isoformat(),
        )

    def payment_schedule(self, year: int) -> list[dict]:
        return self._get(f"/providers/{self.settings.provider_urn}/payments", year=year)["items"]
