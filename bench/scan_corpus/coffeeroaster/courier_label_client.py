"""Creates shipping labels with the parcel courier's REST API.

The courier authenticates merchants with an ``api_key`` query parameter
and returns the label as base64 PDF together with a tracking number.
"""
from __future__ import annotations

import base64
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("shipping.courier")


class LabelError(RuntimeError):
    pass


@dataclass
class Parcel:
    order_no: int
    recipient: str
    street: str
    postcode: str
    city: str
    country: str
    weight_g: int


@dataclass
class Label:
    tracking_number: str
    pdf: bytes


class CourierLabelClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.base_url = (base_url or os.environ["COURIER_API_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["COURIER_API_KEY"]
        self._http = requests.Session()

    def create_label(self, parcel: Parcel, service: str = "standard") -> Label:
        body = {
            "reference": str(parcel.order_no),
            "service": service,
            "weight_grams": parcel.weight_g,
            "recipient": {
                "name": parcel.recipient,
                "street": parcel.street,
                "postcode": parcel.postcode,
                "city": parcel.city,
                "country": parcel.country,
            },
        }
        response = self._http.post(
            f"{self.base_url}/v1/shipments",
            params={"api_key": self._api_key, "format": "pdf"},
            json=body,
            timeout=20,
        )
        if response.status_code != 201:
            log.error("label request rejected (%s) url=%s", response.status_code, response.url)
            raise LabelError(f"courier returned {response.status_code} for order {parcel.order_no}")
        data = response.json()
        log.info("label created for order %s: %s", parcel.order_no, data["tracking_number"])
        return Label(
            tracking_number=data["tracking_number"],
            pdf=base64.b64decode(data["label_pdf"]),
        )

    def cancel(self, tracking_number: str) -> None:
        response = self._http.delete(
            f"{self.base_url}/v1/shipments/{tracking_number}",
            params={"api_key": self._api_key},
            timeout=20,
        )
        if response.status_code not in (200, 204):
            raise LabelError(f"cancel failed for {tracking_number}: {response.status_code}")
