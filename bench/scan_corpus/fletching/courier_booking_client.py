"""Thin client for the courier's collection-booking API."""
import logging
import os
from datetime import date

import httpx

log = logging.getLogger("dispatch.courier")

COURIER_API = os.environ.get("COURIER_API_URL", "https://api.parcelroute.co.uk/v1")
WORKSHOP_ACCOUNT = os.environ.get("COURIER_ACCOUNT_NO", "")


class CourierError(RuntimeError):
    pass


class CourierClient:
    def __init__(self, api_token: str | None = None, base_url: str = COURIER_API):
        self.base_url = base_url.rstrip("/")
        self.headers = {
            "Authorization": f"Bearer {api_token or os.environ['COURIER_API_TOKEN']}",
            "Accept": "application/json",
            "User-Agent": "greyfeather-dispatch/2.3",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s fields=%s", url, self.headers, sorted(payload))
        resp = httpx.post(url, json=payload, headers=self.headers, timeout=20.0)
        if resp.status_code >= 400:
            log.error("courier API %s returned %s", path, resp.status_code)
            raise CourierError(f"{path}: HTTP {resp.status_code}")
        return resp.json()

    def book_collection(self, collection_date: date, parcels: int, weight_kg: float) -> str:
        body = {
            "account": WORKSHOP_ACCOUNT,
            "date": collection_date.isoformat(),
            "parcels": parcels,
            "total_weight_kg": round(weight_kg, 2),
            "ready_time": "14:00",
            "close_time": "17:30",
        }
        return self._post("/collections", body)["collection_ref"]

    def create_consignment(self, order_ref: str, address: dict, tube_length_cm: int, weight_kg: float) -> dict:
        body = {
            "account": WORKSHOP_ACCOUNT,
            "customer_reference": order_ref,
            "delivery_address": address,
            "parcel": {"length_cm": tube_length_cm, "width_cm": 10, "height_cm": 10, "weight_kg": weight_kg},
            "service": "NEXT_DAY",
        }
        return self._post("/consignments", body)
