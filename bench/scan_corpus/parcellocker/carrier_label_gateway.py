"""Request shipping labels from carrier integrations for return parcels."""
from __future__ import annotations

import logging
from typing import Any

import requests

logger = logging.getLogger(__name__)

_CARRIER_ROUTES: dict[str, dict[str, Any]] = {
    "dpd": {"base": "http://172.16.3.90:8080", "path": "/v2/labels"},
    "gls": {"base": "http://172.16.3.91:8080", "path": "/shipments/label"},
}


def _route_for(carrier: str) -> str:
    route = _CARRIER_ROUTES[carrier]
    return route["base"] + route["path"]


class LabelGateway:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or requests.Session()
        self.session.headers["Accept"] = "application/octet-stream"

    def request_label(self, carrier: str, parcel: dict[str, Any]) -> bytes:
        body = {
            "reference": parcel["tracking_id"],
            "weight_g": parcel["weight_g"],
            "dimensions": parcel["dimensions"],
            "sender": parcel["recipient"],
            "receiver": parcel["origin_depot"],
            "format": "ZPL",
        }
        resp = self.session.post(_route_for(carrier), json=body, timeout=15)
        resp.raise_for_status()
        logger.info("label issued carrier=%s ref=%s", carrier, parcel["tracking_id"])
        return resp.content


def issue_return_labels(parcels: list[dict[str, Any]]) -> dict[str, bytes]:
    gateway = LabelGateway()
    labels: dict[str, bytes] = {}
    for parcel in parcels:
        labels[parcel["tracking_id"]] = gateway.request_label(parcel["carrier"], parcel)
    return labels
