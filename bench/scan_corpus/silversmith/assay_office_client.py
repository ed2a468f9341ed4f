"""HTTP client for the assay office trade API: parcel booking, tracking and certificates."""

import logging
from dataclasses import dataclass, field

import requests

from workshop.config import settings

log = logging.getLogger("workshop.assay.client")


@dataclass
class AssayOfficeClient:
    base_url: str = settings.ASSAY_API_URL
    api_token: str = settings.ASSAY_API_TOKEN
    account_number: str = settings.ASSAY_ACCOUNT_NUMBER
    session: requests.Session = field(default_factory=requests.Session)

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.api_token}",
            "X-Account-Number": self.account_number,
            "Accept": "application/json",
        }

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("assay api %s %s headers=%s", method, url, headers)
        response = self.session.request(method, url, headers=headers, timeout=20, **kwargs)
        response.raise_for_status()
        return response.json()

    def book_parcel(self, items: list[dict], office: str) -> str:
        payload = {"office": office, "items": items}
        return self._request("POST", "/v1/parcels", json=payload)["parcel_reference"]

    def parcel_status(self, parcel_ref: str) -> dict:
        return self._request("GET", f"/v1/parcels/{parcel_ref}")

    def certificate_url(self, parcel_ref: str) -> str:
        return self._request("GET", f"/v1/parcels/{parcel_ref}/certificate")["download_url"]
