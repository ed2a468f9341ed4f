"""Client for the courier's booking API.

Used by dispatch to book collections of finished volumes, print labels and
fetch tracking events for parcels travelling to and from the studio.
"""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("bindery.carrier")


@dataclass
class CarrierSettings:
    base_url: str = os.environ.get("CARRIER_BASE_URL", "https://api.example-carrier.com/v2")
    api_key: str = os.environ.get("CARRIER_API_KEY", "")
    account_no: str = os.environ.get("CARRIER_ACCOUNT_NO", "")
    timeout: float = 20.0


class CarrierClient:
    def __init__(self, settings: CarrierSettings | None = None):
        self.settings = settings or CarrierSettings()
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"ApiKey {self.settings.api_key}",
                "X-Account-Number": self.settings.account_no,
                "Accept": "application/json",
            }
        )

    def _call(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.settings.base_url}{path}"
        log.debug("carrier %s %s headers=%s payload=%s",
                  method, url, dict(self.session.headers), kwargs.get("json"))
        resp = self.session.request(method, url, timeout=self.settings.timeout, **kwargs)
        log.debug("carrier %s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def book_collection(self, job_ref: str, address: dict, parcels: int, date: str) -> str:
        data = self._call(
            "POST",
            "/collections",
            json={"reference": job_ref, "address": address, "parcels": parcels, "date": date},
        )
        return data["consignment_number"]

    def label_pdf_url(self, consignment_no: str) -> str:
        return self._call("GET", f"/consignments/{consignment_no}/label")["url"]

    def tracking(self, consignment_no: str) -> list[dict]:
        return self._call("GET", f"/consignments/{consignment_no}/events")["events"]
