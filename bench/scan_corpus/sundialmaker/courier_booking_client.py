"""Books a courier pick-up for small dials (pocket and ring dials) from the workshop."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger("shipping.courier")


def _mask(secret: str) -> str:
    return f"{secret[:4]}...({len(secret)} chars)" if len(secret) > 8 else "***"


@dataclass(frozen=True)
class CourierCredentials:
    username: str
    password: str

    def __repr__(self) -> str:
        return f"CourierCredentials(username={self.username!r}, password=***)"


class CourierClient:
    def __init__(self, base_url: str, creds: CourierCredentials):
        self._creds = creds
        self._http = httpx.Client(base_url=base_url, timeout=20.0)
        self._token: str | None = None

    @classmethod
    def from_env(cls) -> "CourierClient":
        return cls(
            os.environ["COURIER_API_URL"],
            CourierCredentials(os.environ["COURIER_USER"], os.environ["COURIER_PASSWORD"]),
        )

    def _login(self) -> str:
        response = self._http.post(
            "/auth/token",
            data={"username": self._creds.username, "password": self._creds.password},
        )
        response.raise_for_status()
        token = response.json()["access_token"]
        log.info("courier login ok for %s (token %s)", self._creds.username, _mask(token))
        return token

    def book_pickup(self, commission_id: int, parcels: int, pickup_day: date) -> str:
        if self._token is None:
            self._token = self._login()
        response = self._http.post(
            "/pickups",
            headers={"Authorization": f"Bearer {self._token}"},
            json={
                "reference": f"SD-{commission_id}",
                "parcels": parcels,
                "date": pickup_day.isoformat(),
                "ready_time": "14:00",
            },
        )
        response.raise_for_status()
        booking = response.json()["booking_id"]
        log.info("pickup %s booked for commission %s on %s", booking, commission_id, pickup_day)
        return booking
