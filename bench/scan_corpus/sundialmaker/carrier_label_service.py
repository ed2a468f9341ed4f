"""Books freight collection and fetches shipping labels for crated sundials."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("shipping.labels")


@dataclass
class Crate:
    commission_id: int
    length_cm: int
    width_cm: int
    height_cm: int
    weight_kg: float


@dataclass
class Destination:
    name: str
    street: str
    city: str
    postcode: str
    country: str
    phone: str


class CarrierLabelService:
    def __init__(self, base_url: str, account_number: str, api_key: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.account_number = account_number
        self._api_key = api_key
        self._timeout = timeout
        self._session = requests.Session()

    @classmethod
    def from_env(cls) -> "CarrierLabelService":
        return cls(
            os.environ["CARRIER_API_URL"],
            os.environ["CARRIER_ACCOUNT"],
            os.environ["CARRIER_API_KEY"],
        )

    @property
    def headers(self) -> dict[str, str]:
        return {
            "Authorization": f"ApiKey {self._api_key}",
            "X-Account-Number": self.account_number,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s", url, self.headers)
        response = self._session.post(url, json=payload, headers=self.headers, timeout=self._timeout)
        response.raise_for_status()
        return response.json()

    def book(self, crate: Crate, dest: Destination) -> tuple[str, bytes]:
        payload = {
            "reference": f"SD-{crate.commission_id}",
            "service": "two_man_delivery" if crate.weight_kg > 60 else "standard_freight",
            "parcels": [{
                "length": crate.length_cm,
                "width": crate.width_cm,
                "height": crate.height_cm,
                "weight": crate.weight_kg,
            }],
            "recipient": dest.__dict__,
            "label_format": "PDF",
        }
        data = self._post("/v1/shipments", payload)
        tracking = data["tracking_number"]
        label = self._session.get(
            data["label_url"], headers=self.headers, timeout=self._timeout
        )
        label.raise_for_status()
        log.info("booked shipment %s for commission %s", tracking, crate.commission_id)
        return tracking, label.content
