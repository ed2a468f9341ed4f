"""Client for the partner clinic directory (opening hours, direct-billing status).

The directory is operated by our vet network partner and served with a
certificate issued by their private CA; the CA bundle is mounted into the
container and its path is given in CLINIC_DIRECTORY_CA_BUNDLE.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests


@dataclass
class Clinic:
    clinic_id: str
    name: str
    postcode: str
    direct_billing: bool


class ClinicDirectoryClient:
    def __init__(self, base_url: str, api_key: str, ca_bundle: str, timeout: float = 8.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
        self.session.verify = ca_bundle

    @classmethod
    def from_env(cls) -> ClinicDirectoryClient:
        return cls(
            base_url=os.environ["CLINIC_DIRECTORY_URL"],
            api_key=os.environ["CLINIC_DIRECTORY_KEY"],
            ca_bundle=os.environ["CLINIC_DIRECTORY_CA_BUNDLE"],
        )

    def near(self, postcode: str, radius_km: int = 10) -> list[Clinic]:
        resp = self.session.get(
            f"{self.base_url}/clinics",
            params={"postcode": postcode, "radius_km": radius_km},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return [
            Clinic(c["id"], c["name"], c["postcode"], bool(c.get("directBilling")))
            for c in resp.json()["items"]
        ]
