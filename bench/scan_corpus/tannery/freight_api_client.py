"""Client for the freight forwarder's booking API (export shipments of wet-blue and crust)."""
import logging
import os
from typing import Any, Mapping

import requests

log = logging.getLogger("freight")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class FreightClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or os.environ["FREIGHT_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key or os.environ["FREIGHT_API_KEY"]
        self.session.headers["Accept"] = "application/json"

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("%s %s headers=%s", method, url, redact_headers(self.session.headers))
        resp = self.session.request(method, url, timeout=30, **kwargs)
        log.debug("%s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def book_container(self, shipment_ref: str, port_of_loading: str, destination: str,
                       pallets: int, gross_kg: float) -> str:
        body = {
            "reference": shipment_ref,
            "pol": port_of_loading,
            "pod": destination,
            "commodity": "HS 4107 - finished bovine leather",
            "pallets": pallets,
            "gross_weight_kg": gross_kg,
        }
        booking = self._request("POST", "/bookings", json=body)
        log.info("shipment %s booked as %s", shipment_ref, booking["booking_no"])
        return booking["booking_no"]

    def tracking(self, booking_no: str) -> list[dict]:
        return self._request("GET", f"/bookings/{booking_no}/events")["events"]
