"""Books haulage for finished rolls going to wholesale customers."""
import logging
import os
from dataclasses import asdict, dataclass
from datetime import date
from typing import List

import requests

log = logging.getLogger("fuller.carrier")

CARRIER_API = os.environ.get("CARRIER_API_URL", "https://api.northern-haulage.example/v2")


@dataclass
class Roll:
    piece_no: str
    metres: float
    weight_kg: float


@dataclass
class Consignment:
    order_no: str
    customer_name: str
    delivery_postcode: str
    collection_date: date
    rolls: List[Roll]


class CarrierClient:
    def __init__(self, api_key: str = None, session: requests.Session = None):
        self.api_key = api_key or os.environ["CARRIER_API_KEY"]
        self.session = session or requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Content-Type": "application/json",
            "X-Shipper-Account": os.environ.get("CARRIER_ACCOUNT_NO", ""),
        }

    def book(self, consignment: Consignment) -> str:
        payload = asdict(consignment)
        payload["collection_date"] = consignment.collection_date.isoformat()
        payload["total_weight_kg"] = round(sum(r.weight_kg for r in consignment.rolls), 1)
        headers = self._headers()
        log.debug("POST %s/consignments headers=%s payload=%s", CARRIER_API, headers, payload)
        resp = self.session.post(f"{CARRIER_API}/consignments", json=payload,
                                 headers=headers, timeout=20)
        resp.raise_for_status()
        consignment_no = resp.json()["consignment_no"]
        log.info("booked consignment %s for order %s (%d rolls)",
                 consignment_no, consignment.order_no, len(consignment.rolls))
        return consignment_no

    def cancel(self, consignment_no: str) -> None:
        resp = self.session.delete(f"{CARRIER_API}/consignments/{consignment_no}",
                                   headers=self._headers(), timeout=20)
        resp.raise_for_status()
        log.info("cancelled consignment %s", consignment_no)
