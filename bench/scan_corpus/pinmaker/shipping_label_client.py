"""Buy postage and print shipping labels for outgoing pin orders."""
import logging
import os
from dataclasses import dataclass

import requests

logger = logging.getLogger("pinmaker.shipping")

CARRIER_API = "https://api.parcelcarrier.example.com/v3"


def _mask(value: str, keep: int = 4) -> str:
    if not value:
        return "<unset>"
    return "*" * max(len(value) - keep, 0) + value[-keep:]


@dataclass
class Parcel:
    order_no: str
    recipient: str
    postcode: str
    country: str
    weight_g: int


class LabelService:
    def __init__(self):
        self.api_key = os.environ["CARRIER_API_KEY"]
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": self.api_key})
        logger.info("carrier client ready (key %s)", _mask(self.api_key))

    def _service_code(self, parcel: Parcel) -> str:
        if parcel.country != "GB":
            return "INTL_TRACKED"
        return "LARGE_LETTER" if parcel.weight_g <= 100 else "SMALL_PARCEL"

    def buy_label(self, parcel: Parcel) -> dict:
        body = {
            "reference": parcel.order_no,
            "service": self._service_code(parcel),
            "to": {"name": parcel.recipient, "postcode": parcel.postcode,
                   "country": parcel.country},
            "weight_grams": parcel.weight_g,
        }
        resp = self.session.post(f"{CARRIER_API}/labels", json=body, timeout=20)
        if not resp.ok:
            logger.warning("label purchase for %s failed with %s", parcel.order_no,
                           resp.status_code)
            resp.raise_for_status()
        label = resp.json()
        logger.info("label bought for %s to %s: tracking %s", parcel.order_no,
                    parcel.recipient, label["tracking_number"])
        return label
