"""Client for the outfitter booking gateway.

The club books shuttle buses and hire boats for river trips through the
outfitter's partner API, which uses OAuth2 client credentials.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("canoeclub.booking")


@dataclass
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["OUTFITTER_API_URL"])
    token_url: str = field(default_factory=lambda: os.environ["OUTFITTER_TOKEN_URL"])
    client_id: str = field(default_factory=lambda: os.environ["OUTFITTER_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["OUTFITTER_CLIENT_SECRET"], repr=False)


class BookingGateway:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self.settings = settings or GatewaySettings()
        self._http = httpx.Client(base_url=self.settings.base_url, timeout=20.0)
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        response = httpx.post(
            self.settings.token_url,
            data={"grant_type": "client_credentials", "scope": "bookings"},
            auth=(self.settings.client_id, self.settings.client_secret),
            timeout=20.0,
        )
        response.raise_for_status()
        body = response.json()
        self._access_token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600)) - 30

    def _headers(self) -> dict[str, str]:
        if self._access_token is None or time.monotonic() >= self._expires_at:
            self._refresh()
            log.debug("outfitter token refreshed: %s", self._access_token)
        return {"Authorization": f"Bearer {self._access_token}"}

    def book_shuttle(self, trip_id: int, put_in: str, take_out: str, seats: int) -> str:
        response = self._http.post(
            "/v1/shuttles",
            json={"reference": f"trip-{trip_id}", "pickup": put_in,
                  "dropoff": take_out, "seats": seats},
            headers=self._headers(),
        )
        response.raise_for_status()
        booking_id = response.json()["booking_id"]
        log.info("shuttle booked for trip %s: %s", trip_id, booking_id)
        return booking_id

    def cancel(self, booking_id: str) -> None:
        response = self._http.delete(f"/v1/shuttles/{booking_id}", headers=self._headers())
        if response.status_code not in (200, 204, 404):
            response.raise_for_status()
        log.info("shuttle booking %s cancelled", booking_id)
