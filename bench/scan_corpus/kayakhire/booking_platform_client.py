"""Client for the online booking platform's availability and booking APIs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class Slot:
    craft: str
    starts: str
    capacity: int
    booked: int

    @property
    def remaining(self) -> int:
        return max(self.capacity - self.booked, 0)


class BookingPlatformClient:
    """Reads base URL and API token from the deployment environment."""

    def __init__(self, base_url: str | None = None, token: str | None = None) -> None:
        self._client = httpx.Client(
            base_url=base_url or os.environ["BOOKING_PLATFORM_URL"],
            headers={"Authorization": f"Bearer {token or os.environ['BOOKING_PLATFORM_TOKEN']}"},
            timeout=httpx.Timeout(10.0, connect=5.0),
        )

    def availability(self, day: date, craft: str | None = None) -> list[Slot]:
        params = {"date": day.isoformat()}
        if craft:
            params["craft"] = craft
        resp = self._client.get("/v1/availability", params=params)
        resp.raise_for_status()
        return [Slot(**item) for item in resp.json()["slots"]]

    def hold_slot(self, craft: str, starts: str, party_size: int) -> str:
        resp = self._client.post(
            "/v1/holds",
            json={"craft": craft, "starts": starts, "party_size": party_size},
        )
        resp.raise_for_status()
        return resp.json()["hold_id"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "BookingPlatformClient":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
