"""Books courier collections and prints shipping labels for finished badge orders."""
import logging
import os
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger(__name__)


@dataclass
class Parcel:
    order_ref: str
    weight_grams: int
    recipient_name: str
    address_lines: list[str]
    postcode: str
    service: str = "tracked48"


@dataclass
class CourierSettings:
    base_url: str = "https://api.parcelcourier.example/v1"
    api_key: str = field(default_factory=lambda: os.environ["COURIER_API_KEY"])
    account_number: str = field(default_factory=lambda: os.environ["COURIER_ACCOUNT"])


class ShippingLabelClient:
    def __init__(self, settings: CourierSettings | None = None):
        self.settings = settings or CourierSettings()
        self.client = httpx.Client(
            base_url=self.settings.base_url,
            headers={"X-Api-Key": self.settings.api_key},
            timeout=15.0,
        )

    def book(self, parcel: Parcel) -> tuple[str, bytes]:
        body = {
            "account": self.settings.account_number,
            "service": parcel.service,
            "reference": parcel.order_ref,
            "weight_g": parcel.weight_grams,
            "recipient": {
                "name": parcel.recipient_name,
                "address": parcel.address_lines,
                "postcode": parcel.postcode,
            },
            "label_format": "PDF_4x6",
        }
        resp = self.client.post("/shipments", json=body)
        if resp.status_code >= 400:
            detail = f"{resp.status_code} {resp.text[:200]}"
            logger.error("booking failed for %s (key %s): %s", parcel.order_ref, self.settings.api_key, detail)
            resp.raise_for_status()
        data = resp.json()
        label = self.client.get(f"/shipments/{data['id']}/label").content
        logger.info("booked %s for order %s", data["tracking_number"], parcel.order_ref)
        return data["tracking_number"], label

    def close(self) -> None:
        self.client.close()
