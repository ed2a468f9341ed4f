"""Buys postage and prints shipping labels for finished stationery orders."""
from __future__ import annotations

import logging
import os
from typing import Any, Mapping

import httpx

log = logging.getLogger("shipping.labels")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class LabelClient:
    def __init__(self, api_key: str | None = None, base_url: str | None = None) -> None:
        self.base_url = base_url or os.environ.get("SHIPPING_API_URL", "https://api.shipping-labels.io/v2")
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"X-Api-Key": api_key or os.environ["SHIPPING_API_KEY"]},
            timeout=20.0,
        )

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        request = self._client.build_request(method, path, **kwargs)
        log.debug("%s %s headers=%s", method, request.url, redact_headers(request.headers))
        response = self._client.send(request)
        log.debug("%s %s -> %s", method, request.url, response.status_code)
        response.raise_for_status()
        return response.json()

    def buy_label(self, order_ref: str, address: dict, weight_g: int, service: str = "tracked48") -> dict:
        label = self._request(
            "POST",
            "/labels",
            json={
                "reference": order_ref,
                "service": service,
                "parcel": {"weight_g": weight_g, "format": "large_letter"},
                "to": address,
            },
        )
        log.info("label bought for %s: tracking %s", order_ref, label.get("tracking_number"))
        return label

    def void_label(self, label_id: str) -> None:
        self._request("POST", f"/labels/{label_id}/void")
        log.info("voided label %s", label_id)

    def close(self) -> None:
        self._client.close()
