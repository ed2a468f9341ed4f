"""Client for the pallet courier's booking API used for wholesale dispatch."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


class CourierError(RuntimeError):
    pass


class CourierAuthError(CourierError):
    pass


@dataclass
class PalletBooking:
    order_ref: str
    pallets: int
    gross_kg: float
    delivery_postcode: str
    pickup_date: str


class CourierClient:
    def __init__(self, base_url: str, api_key: str, account_no: str, timeout: float = 20.0) -> None:
        self._api_key = api_key
        self._account_no = account_no
        self._http = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=timeout,
        )

    def _check(self, resp: httpx.Response) -> dict:
        if resp.status_code in (401, 403):
            raise CourierAuthError(
                f"courier rejected account {self._account_no} using key {self._api_key}: {resp.text[:200]}"
            )
        if resp.is_error:
            raise CourierError(f"courier API error {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def book(self, booking: PalletBooking) -> str:
        body = {
            "account": self._account_no,
            "reference": booking.order_ref,
            "pieces": booking.pallets,
            "weight_kg": booking.gross_kg,
            "destination": {"postcode": booking.delivery_postcode},
            "collection_date": booking.pickup_date,
            "service": "PALLET_ECONOMY",
        }
        data = self._check(self._http.post("/v1/bookings", json=body))
        log.info("booked %d pallets for %s: consignment %s", booking.pallets, booking.order_ref, data["consignment"])
        return data["consignment"]

    def label_pdf(self, consignment: str) -> bytes:
        resp = self._http.get(f"/v1/bookings/{consignment}/label", headers={"Accept": "application/pdf"})
        if resp.is_error:
            self._check(resp)
        return resp.content

    def close(self) -> None:
        self._http.close()
