"""Books visitor berths at partner marinas for hirers on one-way trips.

Hirers taking a boat from one base to another often stop a night at a
marina; the office reserves the berth through the marina group's API.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import requests

from canalboat.settings import settings

API_KEY_HEADER = "X-Api-Key"


@dataclass(frozen=True)
class MarinaApiConfig:
    base_url: str = "https://api.marinagroup.co.uk/berths/v1"
    api_key: str = field(default_factory=lambda: settings.MARINA_API_KEY)
    timeout: float = 10.0


class MarinaBerthClient:
    def __init__(self, config: MarinaApiConfig | None = None):
        self.config = config or MarinaApiConfig()
        self.session = requests.Session()
        self.session.headers[API_KEY_HEADER] = self.config.api_key

    def availability(self, marina_code: str, night: date, length_ft: int) -> list[dict]:
        resp = self.session.get(
            f"{self.config.base_url}/marinas/{marina_code}/availability",
            params={"night": night.isoformat(), "length_ft": length_ft},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["berths"]

    def reserve(self, marina_code: str, night: date, boat_name: str, length_ft: int, booking_ref: str) -> str:
        resp = self.session.post(
            f"{self.config.base_url}/marinas/{marina_code}/reservations",
            json={
                "night": night.isoformat(),
                "vessel_name": boat_name,
                "length_ft": length_ft,
                "external_reference": booking_ref,
            },
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["reservation_id"]
