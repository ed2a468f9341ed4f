"""Pushes the farm's registration details to the state shellfish program each season."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("oysterfarm.registration")


@dataclass
class FarmRegistration:
    dealer_cert_no: str
    farm_name: str
    growing_areas: list[str]
    lease_ids: list[str] = field(default_factory=list)
    contact_email: str = ""

    @classmethod
    def from_env(cls) -> "FarmRegistration":
        return cls(
            dealer_cert_no=os.environ["DEALER_CERT_NO"],
            farm_name=os.environ.get("FARM_NAME", "Oyster Farm"),
            growing_areas=os.environ.get("GROWING_AREAS", "").split(","),
            lease_ids=os.environ.get("LEASE_IDS", "").split(","),
            contact_email=os.environ.get("REGULATORY_CONTACT", ""),
        )

    def as_payload(self) -> dict:
        return {
            "dealer_certificate": self.dealer_cert_no,
            "name": self.farm_name,
            "growing_areas": [a for a in self.growing_areas if a],
            "leases": [l for l in self.lease_ids if l],
            "contact": self.contact_email,
        }


class RegistrationPusher:
    def __init__(self, base_url: str, api_key: str, session: requests.Session | None = None) -> None:
        self._base_url = base_url.rstrip("/")
        self._session = session or requests.Session()
        self._session.headers["X-Api-Key"] = api_key

    def push(self, registration: FarmRegistration, season: int) -> str:
        resp = self._session.put(
            f"{self._base_url}/v1/dealers/{registration.dealer_cert_no}/seasons/{season}",
            json=registration.as_payload(),
            timeout=30,
        )
        resp.raise_for_status()
        ref = resp.json()["reference"]
        log.info("registration for season %s accepted as %s", season, ref)
        return ref


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    pusher = RegistrationPusher(os.environ["REGULATOR_API_URL"], os.environ["REGULATOR_API_KEY"])
    pusher.push(FarmRegistration.from_env(), int(os.environ.get("SEASON", "2025")))
