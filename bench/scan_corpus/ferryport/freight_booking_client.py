"""Client for the haulier-facing freight booking API used by the terminal planning desk."""

from __future__ import annotations

import logging
import os
from datetime import date
from typing import Any

import requests

logger = logging.getLogger("freight.client")


def _auth_headers(api_key: str, haulier_code: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {api_key}",
        "X-Haulier": haulier_code,
        "Accept": "application/json",
    }


class FreightBookingClient:
    def __init__(self, base_url: str, api_key: str, haulier_code: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.haulier_code = haulier_code
        self._headers = _auth_headers(api_key, haulier_code)
        self._session = requests.Session()

    def _call(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("%s %s headers=%s", method, url, self._headers)
        resp = self._session.request(method, url, headers=self._headers, timeout=20, **kwargs)
        logger.debug("%s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def availability(self, route: str, sailing_day: date) -> list[dict]:
        return self._call(
            "GET", "/v1/availability", params={"route": route, "date": sailing_day.isoformat()}
        )["sailings"]

    def book_trailer(self, sailing_id: str, trailer_reg: str, length_m: float,
                     hazardous: bool = False) -> str:
        body = {
            "sailing_id": sailing_id,
            "unit": {"registration": trailer_reg, "length_m": length_m, "adr": hazardous},
        }
        return self._call("POST", "/v1/bookings", json=body)["booking_ref"]

    def cancel(self, booking_ref: str) -> None:
        self._call("DELETE", f"/v1/bookings/{booking_ref}")


def from_env() -> FreightBookingClient:
    return FreightBookingClient(
        base_url=os.environ["FREIGHT_API_URL"],
        api_key=os.environ["FREIGHT_API_KEY"],
        haulier_code=os.environ["FREIGHT_HAULIER_CODE"],
    )
