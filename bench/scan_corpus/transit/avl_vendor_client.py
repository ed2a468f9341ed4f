"""Client for the AVL vendor's fleet-management API.

Used by the control room tools to look up vehicle configuration, gateway
firmware versions and the last known position of a vehicle. The vendor
issues its API certificates from a private CA, whose bundle is deployed
alongside the service.
"""
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class VendorSettings:
    base_url: str
    ca_bundle: str
    timeout: float = 8.0

    @classmethod
    def from_env(cls) -> "VendorSettings":
        return cls(
            base_url=os.environ["AVL_VENDOR_URL"],
            ca_bundle=os.environ.get("AVL_VENDOR_CA_BUNDLE", "/etc/ssl/avl-vendor/ca.pem"),
        )


class FleetClient:
    def __init__(self, settings: VendorSettings, token: str):
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.settings.base_url}{path}", params=params, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def vehicle(self, fleet_number: str) -> dict:
        return self._get(f"/api/v3/vehicles/{fleet_number}")

    def gateway_firmware(self, depot: str | None = None) -> list[dict]:
        return self._get("/api/v3/gateways", depot=depot)["items"]

    def last_position(self, fleet_number: str) -> dict | None:
        data = self._get(f"/api/v3/vehicles/{fleet_number}/position")
        return data or None
