"""Client for the customs export declaration API.

Submits export declarations (and the pre-arrival data for non-EU
destinations) for salt shipments and polls for the movement reference
number that goes on the export accompanying document.
"""
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Optional

import httpx

logger = logging.getLogger(__name__)


@dataclass
class CustomsConfig:
    base_url: str = os.environ.get("CUSTOMS_API_URL", "https://api.customs.example/export/v1")
    client_id: str = os.environ.get("CUSTOMS_CLIENT_ID", "")
    token: str = field(default_factory=lambda: os.environ.get("CUSTOMS_API_TOKEN", ""))
    eori: str = os.environ.get("SALTPAN_EORI", "")


class CustomsClient:
    def __init__(self, config: Optional[CustomsConfig] = None):
        self.config = config or CustomsConfig()
        self._http = httpx.Client(base_url=self.config.base_url, timeout=30)

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.config.token}",
            "X-Client-Id": self.config.client_id,
            "Accept": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        headers = self._headers()
        logger.debug("POST %s headers=%s", path, headers)
        resp = self._http.post(path, json=payload, headers=headers)
        resp.raise_for_status()
        return resp.json()

    def submit_declaration(self, shipment_no: str, consignee: dict, lines: list) -> str:
        payload = {
            "declarant_eori": self.config.eori,
            "local_reference": shipment_no,
            "consignee": consignee,
            "goods": [
                {"commodity_code": l["hs_code"], "description": l["description"],
                 "net_mass_kg": l["net_kg"], "packages": l["cartons"]}
                for l in lines
            ],
        }
        result = self._post("/declarations", payload)
        logger.info("declaration for %s accepted as %s", shipment_no, result["declaration_id"])
        return result["declaration_id"]

    def wait_for_mrn(self, declaration_id: str, attempts: int = 20) -> Optional[str]:
        for _ in range(attempts):
            resp = self._http.get(f"/declarations/{declaration_id}", headers=self._headers())
            resp.raise_for_status()
            body = resp.json()
            if body.get("mrn"):
                return body["mrn"]
            time.sleep(15)
        return None
