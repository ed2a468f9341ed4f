"""Client for the courier's label API (shipments, ZPL/PDF labels, manifests)."""
from __future__ import annotations

import base64
import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

DEFAULTS = {
    "timeout": 20,
    "label_format": "ZPL",
    "verify_tls": False,
    "service": "NEXT_DAY",
}


@dataclass
class Label:
    tracking_number: str
    data: bytes
    fmt: str


class CourierLabelClient:
    def __init__(self, base_url: str, api_key: str, **options) -> None:
        self.base_url = base_url.rstrip("/")
        self.opts = {**DEFAULTS, **options}
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_key}"})
        self.session.verify = self.opts["verify_tls"]

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(
            f"{self.base_url}{path}", json=payload, timeout=self.opts["timeout"]
        )
        resp.raise_for_status()
        return resp.json()

    def create_label(self, order_ref: str, address: dict, parcels: list[dict]) -> Label:
        body = {
            "reference": order_ref,
            "service": self.opts["service"],
            "recipient": address,
            "parcels": parcels,
            "labelFormat": self.opts["label_format"],
        }
        result = self._post("/v2/shipments", body)
        log.info("label created for %s: %s", order_ref, result["trackingNumber"])
        return Label(
            tracking_number=result["trackingNumber"],
            data=base64.b64decode(result["label"]),
            fmt=self.opts["label_format"],
        )

    def close_manifest(self, shipment_ids: list[str]) -> str:
        return self._post("/v2/manifests", {"shipments": shipment_ids})["manifestId"]
