"""Client for the sterilizer vendor's remote service API.

Pulls validated cycle definitions and maintenance bulletins for our EO
chambers from the vendor's service portal.
"""
import logging
from dataclasses import dataclass

import requests

from needlemaker.config import settings

log = logging.getLogger(__name__)


@dataclass
class VendorEndpoint:
    base_url: str
    api_token: str
    site_id: str


class SterilizerVendorClient:
    def __init__(self, endpoint: VendorEndpoint, timeout: float = 20.0):
        self.endpoint = endpoint
        self.timeout = timeout
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Token {self.endpoint.api_token}",
            "X-Site": self.endpoint.site_id,
            "Accept": "application/json",
        }

    def _get(self, path: str, **params) -> dict:
        url = f"{self.endpoint.base_url}{path}"
        headers = self._headers()
        log.debug("GET %s params=%s headers=%s", url, params, headers)
        response = self.session.get(url, headers=headers, params=params, timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def cycle_definitions(self, chamber_serial: str) -> list:
        return self._get(f"/chambers/{chamber_serial}/cycles")["cycles"]

    def bulletins(self, since: str) -> list:
        return self._get("/bulletins", since=since, site=self.endpoint.site_id)["items"]


def default_client() -> SterilizerVendorClient:
    return SterilizerVendorClient(
        VendorEndpoint(
            base_url=settings.STERILIZER_VENDOR_URL,
            api_token=settings.STERILIZER_VENDOR_TOKEN,
            site_id=settings.SITE_ID,
        )
    )
