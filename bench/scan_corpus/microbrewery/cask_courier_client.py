"""Books cask collections and deliveries with the regional drinks courier."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger("brewery.courier")


@dataclass
class CourierSettings:
    base_url: str
    api_token: str
    depot_code: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "CourierSettings":
        return cls(
            base_url=os.environ["COURIER_API_URL"],
            api_token=os.environ["COURIER_API_TOKEN"],
            depot_code=os.environ.get("COURIER_DEPOT", "BRW01"),
        )


@dataclass
class CaskMovement:
    customer_ref: str
    postcode: str
    full_casks: int
    empties_to_collect: int
    run_date: date


class CourierClient:
    def __init__(self, settings: CourierSettings) -> None:
        self.settings = settings
        self._client = httpx.Client(base_url=settings.base_url, timeout=settings.timeout)

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.settings.api_token}",
            "X-Depot": self.settings.depot_code,
        }

    def _post(self, path: str, body: dict) -> dict:
        headers = self._headers()
        log.debug("courier request POST %s headers=%s", path, headers)
        resp = self._client.post(path, json=body, headers=headers)
        resp.raise_for_status()
        return resp.json()

    def book(self, movement: CaskMovement) -> str:
        body = {
            "customerRef": movement.customer_ref,
            "postcode": movement.postcode,
            "deliver": {"type": "cask", "count": movement.full_casks},
            "collect": {"type": "cask", "count": movement.empties_to_collect},
            "date": movement.run_date.isoformat(),
        }
        booking = self._post("/v2/bookings", body)
        log.info("booked courier run %s for %s", booking["id"], movement.customer_ref)
        return booking["id"]

    def cancel(self, booking_id: str) -> None:
        self._post(f"/v2/bookings/{booking_id}/cancel", {})
        log.info("cancelled courier booking %s", booking_id)

    def close(self) -> None:
        self._client.close()
