"""Thin client for the upstream booking platform's REST API."""
import logging
from typing import Any

import requests

logger = logging.getLogger(__name__)


class BookingPlatformError(RuntimeError):
    pass


class BookingPlatformClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_token}",
            "Accept": "application/json",
        })

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("%s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise BookingPlatformError(f"{method} {path} -> {resp.status_code}")
        return resp.json()

    def list_slots(self, room_id: str, day: str) -> list[dict]:
        return self._request("GET", f"/rooms/{room_id}/slots", params={"date": day})["slots"]

    def create_booking(self, room_id: str, slot_id: str, lead: dict, players: int) -> dict:
        body = {"room": room_id, "slot": slot_id, "lead": lead, "players": players}
        return self._request("POST", "/bookings", json=body)

    def cancel_booking(self, booking_id: str) -> None:
        self._request("DELETE", f"/bookings/{booking_id}")
