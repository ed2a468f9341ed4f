"""Books insured courier collections for sold glass pieces and commissions."""

import logging

import requests

from hotshop.config import settings

logger = logging.getLogger("hotshop.courier")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class CourierClient:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers.update(
            {
                "X-Api-Key": settings.COURIER_API_KEY,
                "Accept": "application/json",
            }
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{settings.COURIER_API_URL}{path}"
        logger.debug("courier %s %s headers=%s", method, url, redact_headers(dict(self.session.headers)))
        response = self.session.request(method, url, timeout=15, **kwargs)
        logger.info("courier %s %s -> %s", method, path, response.status_code)
        response.raise_for_status()
        return response.json()

    def book_collection(self, shipment_ref: str, parcel: dict, insured_value: int) -> str:
        body = {
            "reference": shipment_ref,
            "collection_address": settings.STUDIO_ADDRESS,
            "parcel": parcel,
            "insurance": {"value_minor": insured_value, "fragile": True},
        }
        return self._request("POST", "/collections", json=body)["tracking_number"]

    def track(self, tracking_number: str) -> dict:
        return self._request("GET", f"/tracking/{tracking_number}")
