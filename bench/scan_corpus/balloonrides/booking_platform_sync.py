"""Pulls reservations from the third-party activity marketplace into our flight planner."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator, List

import requests


@dataclass
class MarketplaceSettings:
    base_url: str = field(default_factory=lambda: os.environ["MARKETPLACE_API_URL"])
    token_env: str = "MARKETPLACE_API_TOKEN"
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("MARKETPLACE_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    )
    page_size: int = 100


@dataclass
class MarketplaceBooking:
    external_id: str
    product_code: str
    flight_date: date
    passengers: int
    lead_name: str


class MarketplaceSync:
    def __init__(self, settings: MarketplaceSettings | None = None) -> None:
        self.settings = settings or MarketplaceSettings()
        self.session = self._session()

    def _session(self) -> requests.Session:
        s = requests.Session()
        s.verify = self.settings.ca_bundle
        s.headers["Authorization"] = f"Token {os.environ[self.settings.token_env]}"
        return s

    def _pages(self, since: date) -> Iterator[dict]:
        url = f"{self.settings.base_url}/bookings"
        params = {"updated_since": since.isoformat(), "limit": self.settings.page_size}
        while url:
            resp = self.session.get(url, params=params, timeout=20)
            resp.raise_for_status()
            payload = resp.json()
            yield from payload["results"]
            url, params = payload.get("next"), None

    def fetch(self, since: date) -> List[MarketplaceBooking]:
        return [
            MarketplaceBooking(
                external_id=row["id"],
                product_code=row["product"]["code"],
                flight_date=date.fromisoformat(row["activity_date"]),
                passengers=int(row["pax"]),
                lead_name=row["lead_traveller"]["name"],
            )
            for row in self._pages(since)
        ]
