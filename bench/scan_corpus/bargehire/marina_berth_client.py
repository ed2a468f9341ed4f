"""Client for the MarinaLink berth reservation API.

Overnight visitor berths at partner marinas are reserved through MarinaLink
when a hirer plans a stop in their cruise planner. The client is used from
the booking service and from the nightly reconciliation job.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx

_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
    "headers": {"User-Agent": "bargehire-berths/2.3"},
}


@dataclass
class BerthReservation:
    marina_id: str
    berth_id: str
    night: date
    boat_length_m: float
    reference: str


class MarinaLinkError(RuntimeError):
    pass


class MarinaBerthClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self._base = (base_url or os.environ["MARINALINK_URL"]).rstrip("/")
        self._client = httpx.Client(base_url=self._base, **_CLIENT_OPTIONS)
        self._client.headers["X-Api-Key"] = api_key or os.environ["MARINALINK_API_KEY"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "MarinaBerthClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def availability(self, marina_id: str, night: date, boat_length_m: float) -> list[str]:
        resp = self._client.get(
            f"/marinas/{marina_id}/availability",
            params={"night": night.isoformat(), "length": f"{boat_length_m:.1f}"},
        )
        if resp.status_code != 200:
            raise MarinaLinkError(f"availability lookup failed: HTTP {resp.status_code}")
        return [b["berth_id"] for b in resp.json().get("berths", [])]

    def reserve(self, marina_id: str, night: date, boat_length_m: float, booking_ref: str) -> BerthReservation:
        resp = self._client.post(
            f"/marinas/{marina_id}/reservations",
            json={
                "night": night.isoformat(),
                "length_m": boat_length_m,
                "external_ref": booking_ref,
            },
        )
        if resp.status_code not in (200, 201):
            raise MarinaLinkError(f"reservation failed: HTTP {resp.status_code}")
        data = resp.json()
        return BerthReservation(marina_id, data["berth_id"], night, boat_length_m, data["reference"])

    def cancel(self, marina_id: str, reference: str) -> None:
        resp = self._client.delete(f"/marinas/{marina_id}/reservations/{reference}")
        if resp.status_code not in (200, 204, 404):
            raise MarinaLinkError(f"cancel failed: HTTP {resp.status_code}")
