"""Client for the parcel courier's shipment booking API.

Small orders (climbing ropes, accessory cord, whipping twine) go by parcel
courier; dispatch books, relabels and cancels shipments through this client.
"""
import logging
import os

import httpx

log = logging.getLogger("ropewalk.dispatch.courier")


class CourierError(RuntimeError):
    pass


class CourierClient:
    def __init__(self, base_url: str, api_token: str, account_number: str):
        self._base_url = base_url.rstrip("/")
        self._account = account_number
        self._headers = {
            "Authorization": f"Bearer {api_token}",
            "Accept": "application/json",
            "X-Account-Number": account_number,
        }

    @classmethod
    def from_env(cls) -> "CourierClient":
        return cls(
            os.environ["COURIER_BASE_URL"],
            os.environ["COURIER_API_TOKEN"],
            os.environ["COURIER_ACCOUNT"],
        )

    def _send(self, method: str, path: str, payload: dict | None = None) -> dict:
        url = f"{self._base_url}{path}"
        response = httpx.request(method, url, json=payload, headers=self._headers, timeout=20.0)
        if response.is_error:
            log.error("Courier %s %s failed (%s) headers=%s", method, path, response.status_code, self._headers)
            raise CourierError(f"{method} {path} returned {response.status_code}")
        return response.json() if response.content else {}

    def book_shipment(self, consignment_no: str, parcels: list[dict], address: dict) -> str:
        body = {
            "account": self._account,
            "reference": consignment_no,
            "service": "NEXT_DAY",
            "parcels": parcels,
            "deliveryAddress": address,
        }
        return self._send("POST", "/v3/shipments", body)["shipmentId"]

    def cancel_shipment(self, shipment_id: str) -> None:
        self._send("DELETE", f"/v3/shipments/{shipment_id}")
