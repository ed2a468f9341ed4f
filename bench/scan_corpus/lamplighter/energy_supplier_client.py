"""Client for the energy supplier's unmetered-supply inventory API.

Every month the contractor submits the charge-able inventory (lamp wattage,
switching regime, dimming profile) so that the supplier can bill the council
for unmetered street lighting.
"""
from __future__ import annotations

import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from lamplighter.settings import settings

log = logging.getLogger("lamplighter.supplier")


class SupplierInventoryClient:
    def __init__(self, base_url: str, api_token: str, mpan: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.mpan = mpan
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_token}", "Accept": "application/json"}
        )
        retry = Retry(total=3, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_settings(cls) -> "SupplierInventoryClient":
        return cls(settings.SUPPLIER_API_URL, settings.SUPPLIER_API_TOKEN, settings.UMS_MPAN)

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=30)
        if resp.status_code >= 400:
            log.warning("supplier rejected %s: status=%s body=%s request_headers=%s", path, resp.status_code, resp.text[:500], dict(resp.request.headers))
            resp.raise_for_status()
        return resp.json()

    def submit_inventory(self, period: str, lines: list[dict]) -> str:
        payload = {
            "mpan": self.mpan,
            "period": period,
            "items": [
                {
                    "charge_code": line["charge_code"],
                    "quantity": line["quantity"],
                    "circuit_watts": line["circuit_watts"],
                    "switch_regime": line["switch_regime"],
                }
                for line in lines
            ],
        }
        result = self._post("/ums/inventory", payload)
        log.info("inventory for %s accepted as submission %s", period, result["submission_id"])
        return result["submission_id"]

    def submission_status(self, submission_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/ums/submissions/{submission_id}", timeout=30)
        resp.raise_for_status()
        return resp.json()["status"]
