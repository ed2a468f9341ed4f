"""Buy postage and print shipping labels for online shop orders."""
import logging
from dataclasses import dataclass

import requests

from potter.config import settings

logger = logging.getLogger("potter.shipping")


@dataclass
class Parcel:
    weight_oz: float
    length_in: float
    width_in: float
    height_in: float


class ShippingLabelClient:
    def __init__(self, base_url: str = settings.SHIPPING_API_URL):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {settings.SHIPPING_API_TOKEN}",
                "Content-Type": "application/json",
            }
        )

    def _post(self, path: str, body: dict) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("POST %s headers=%s body=%s", url, dict(self.session.headers), body)
        resp = self.session.post(url, json=body, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def buy_label(self, order, parcel: Parcel, service: str = "ground_advantage") -> dict:
        body = {
            "shipment": {
                "service_code": service,
                "ship_to": {
                    "name": order.ship_name,
                    "address_line1": order.ship_line1,
                    "city_locality": order.ship_city,
                    "state_province": order.ship_state,
                    "postal_code": order.ship_postal,
                    "country_code": order.ship_country,
                },
                "ship_from_id": settings.SHIPPING_WAREHOUSE_ID,
                "packages": [{"weight": {"value": parcel.weight_oz, "unit": "ounce"}}],
            },
            "label_format": "pdf",
        }
        label = self._post("/v1/labels", body)
        logger.info("label %s bought for order %s", label.get("label_id"), order.id)
        return label
