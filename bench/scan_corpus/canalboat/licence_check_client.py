"""Checks boat licences against the waterways authority's register.

Every hire boat must carry a current licence; the office runs this check
before each season and whenever a boat returns from dry dock.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import requests

from canalboat.models import Boat


@dataclass(frozen=True)
class LicenceApiConfig:
    base_url: str = "https://api.waterways-licensing.org.uk/v2"
    api_key: str = "wwl_live_4f8b2c91d7e64a0b9c3e5f17a2d8b6e0"
    timeout: float = 8.0


class LicenceChecker:
    def __init__(self, config: LicenceApiConfig = LicenceApiConfig()):
        self.config = config
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = config.api_key

    def lookup(self, index_number: str) -> dict:
        resp = self.session.get(
            f"{self.config.base_url}/licences/{index_number}",
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def is_current(self, boat: Boat, on: date | None = None) -> bool:
        on = on or date.today()
        record = self.lookup(boat.index_number)
        expires = date.fromisoformat(record["expires_on"])
        return record.get("status") == "active" and expires >= on

    def lapsed(self, boats: list[Boat]) -> list[Boat]:
        return [b for b in boats if not self.is_current(b)]
