"""Books parcel collections and fetches shipping labels from the courier's API."""

import logging
from dataclasses import dataclass

import httpx

from toyshop.config import settings

logger = logging.getLogger("toyshop.shipping")


@dataclass
class Parcel:
    order_reference: str
    weight_grams: int
    recipient_name: str
    postcode: str
    country: str = "GB"


class CourierClient:
    def __init__(self, base_url: str = settings.courier_api_url, api_key: str = settings.courier_api_key):
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._api_key}",
            "Accept": "application/json",
            "X-Account": settings.courier_account_number,
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        logger.debug("courier POST %s headers=%s", url, headers)
        response = httpx.post(url, json=payload, headers=headers, timeout=20)
        response.raise_for_status()
        return response.json()

    def book(self, parcel: Parcel) -> str:
        body = {
            "reference": parcel.order_reference,
            "weight": parcel.weight_grams,
            "recipient": {"name": parcel.recipient_name, "postcode": parcel.postcode, "country": parcel.country},
            "service": "NEXT_DAY" if parcel.country == "GB" else "INTL_TRACKED",
        }
        result = self._post("/v2/shipments", body)
        logger.info("booked shipment %s for order %s", result["shipmentId"], parcel.order_reference)
        return result["shipmentId"]

    def label_pdf(self, shipment_id: str) -> bytes:
        response = httpx.get(
            f"{self.base_url}/v2/shipments/{shipment_id}/label",
            headers={**self._headers(), "Accept": "application/pdf"},
            timeout=20,
        )
        response.raise_for_status()
        return response.content
