"""Client for the pallet courier we use for long-distance deliveries.

Sofas going beyond our own van rounds (Scotland, the Channel Islands) are
booked with a pallet network through their REST API.
"""
import logging
import os
from dataclasses import asdict, dataclass
from datetime import date

import requests

logger = logging.getLogger(__name__)


@dataclass
class Consignment:
    job_reference: str
    recipient_name: str
    address_lines: list[str]
    postcode: str
    weight_kg: float
    length_cm: int
    collection_date: date


class CourierClient:
    def __init__(self, base_url: str | None = None, api_token: str | None = None) -> None:
        self.base_url = base_url or os.environ["COURIER_API_URL"]
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_token or os.environ['COURIER_API_TOKEN']}",
            "Accept": "application/json",
        })

    def _post(self, path: str, payload: dict) -> dict:
        response = self.session.post(f"{self.base_url}{path}", json=payload, timeout=30)
        if response.status_code >= 400:
            sent_headers = dict(response.request.headers)
            logger.error("Courier API %s failed with %s; headers=%s body=%s",
                         path, response.status_code, sent_headers, response.text[:500])
            response.raise_for_status()
        return response.json()

    def book(self, consignment: Consignment) -> str:
        payload = asdict(consignment)
        payload["collection_date"] = consignment.collection_date.isoformat()
        payload["service"] = "two_man_economy"
        data = self._post("/consignments", payload)
        logger.info("Booked %s with courier as %s", consignment.job_reference, data["tracking_number"])
        return data["tracking_number"]

    def cancel(self, tracking_number: str) -> None:
        self._post(f"/consignments/{tracking_number}/cancel", {})
