"""Create courier shipping labels for online shop orders of fragile ceramics."""
from __future__ import annotations

import logging
import os
from typing import Mapping

import httpx

log = logging.getLogger("shop.shipping")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _log_request(request: httpx.Request) -> None:
    log.debug("courier request %s %s headers=%s", request.method, request.url,
              redact_headers(request.headers))


def _log_response(response: httpx.Response) -> None:
    log.info("courier response %s for %s", response.status_code, response.request.url.path)


class ShippingLabels:
    def __init__(self) -> None:
        self._client = httpx.Client(
            base_url=os.environ["COURIER_API_URL"],
            headers={"X-API-Key": os.environ["COURIER_API_KEY"]},
            timeout=20.0,
            event_hooks={"request": [_log_request], "response": [_log_response]},
        )

    def create_label(self, order_ref: str, parcel_kg: float, address: dict[str, str],
                     fragile: bool = True) -> bytes:
        resp = self._client.post(
            "/v1/shipments",
            json={
                "reference": order_ref,
                "weight_kg": round(parcel_kg, 2),
                "recipient": address,
                "services": ["FRAGILE"] if fragile else [],
                "label_format": "PDF_A6",
            },
        )
        resp.raise_for_status()
        shipment_id = resp.json()["id"]
        label = self._client.get(f"/v1/shipments/{shipment_id}/label")
        label.raise_for_status()
        return label.content
