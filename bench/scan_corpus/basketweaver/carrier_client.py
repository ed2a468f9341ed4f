"""Client for the parcel carrier that ships baskets too big for the van round."""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class Parcel:
    length_cm: int
    width_cm: int
    height_cm: int
    weight_g: int


class CarrierClient:
    def __init__(self, base_url: str, api_token: str, account_number: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.account_number = account_number
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_token}", "Accept": "application/json"}
        )

    @classmethod
    def from_env(cls) -> "CarrierClient":
        return cls(
            os.environ["CARRIER_API_URL"],
            os.environ["CARRIER_API_TOKEN"],
            os.environ["CARRIER_ACCOUNT"],
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s body=%s", url, dict(self.session.headers), payload)
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        log.debug("carrier replied %s", resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def quote(self, postcode: str, parcels: list[Parcel]) -> int:
        data = self._post(
            "/v2/quotes",
            {"account": self.account_number, "to_postcode": postcode, "parcels": [p.__dict__ for p in parcels]},
        )
        return int(data["price_pence"])

    def create_shipment(self, order_ref: str, address: dict, parcels: list[Parcel]) -> str:
        data = self._post(
            "/v2/shipments",
            {
                "account": self.account_number,
                "reference": order_ref,
                "recipient": address,
                "parcels": [p.__dict__ for p in parcels],
                "service": "standard-large",
            },
        )
        log.info("shipment %s booked for order %s", data["tracking_number"], order_ref)
        return data["tracking_number"]
