"""Buy shipping labels for instruments leaving the shop.

Finished commissions and dealer orders ship in flight cases; the label
is bought from the carrier's API with declared value insurance.
"""
import logging
import os

import requests

log = logging.getLogger("shipping")

CARRIER_URL = "https://api.parcelcarrier.com/v1"


def _mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


class LabelClient:
    def __init__(self, api_key: str = None, timeout: float = 15.0):
        self.api_key = api_key or os.environ["CARRIER_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.api_key}"
        log.info("carrier client ready (key %s)", _mask(self.api_key))

    def buy_label(self, shipment: dict) -> dict:
        body = {
            "from": shipment["from_address"],
            "to": shipment["to_address"],
            "parcel": {
                "length_cm": shipment["case_length_cm"],
                "width_cm": shipment["case_width_cm"],
                "height_cm": shipment["case_height_cm"],
                "weight_kg": shipment["weight_kg"],
            },
            "insurance": {"declared_value": str(shipment["declared_value"]), "currency": "USD"},
            "reference": shipment["reference"],
        }
        resp = self.session.post(f"{CARRIER_URL}/labels", json=body, timeout=self.timeout)
        if resp.status_code >= 400:
            log.error("label purchase failed for %s: %s %s",
                      shipment["reference"], resp.status_code, resp.text[:500])
            resp.raise_for_status()
        label = resp.json()
        log.info("label %s bought for %s, tracking %s",
                 label["id"], shipment["reference"], label["tracking_number"])
        return label
