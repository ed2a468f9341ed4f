"""Publishes visitor mooring availability to the partner booking platform."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

import requests

PARTNER_API = os.environ.get("MOORING_PARTNER_API", "").rstrip("/")


@dataclass
class BerthAvailability:
    site_code: str
    berth: str
    length_m: float
    free_from: dt.date
    free_until: dt.date

    def as_payload(self) -> dict:
        return {
            "site": self.site_code,
            "berth": self.berth,
            "max_length_m": self.length_m,
            "from": self.free_from.isoformat(),
            "until": self.free_until.isoformat(),
        }


def partner_session() -> requests.Session:
    session = requests.Session()
    session.headers.update({
        "Authorization": f"Bearer {os.environ['MOORING_PARTNER_TOKEN']}",
        "Accept": "application/json",
        "User-Agent": "canal-trust-moorings/2.3",
    })
    return session


class AvailabilityPublisher:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or partner_session()

    def publish(self, site_code: str, berths: list[BerthAvailability]) -> int:
        resp = self.session.put(
            f"{PARTNER_API}/sites/{site_code}/availability",
            json={"berths": [b.as_payload() for b in berths]},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json().get("accepted", 0)

    def withdraw(self, site_code: str, berth: str) -> None:
        resp = self.session.delete(f"{PARTNER_API}/sites/{site_code}/availability/{berth}", timeout=20)
        if resp.status_code not in (204, 404):
            resp.raise_for_status()
