"""Client for the channel manager that syncs pitch availability to online travel agents."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx


@dataclass(frozen=True)
class ChannelSettings:
    base_url: str
    property_id: str
    api_key: str = "cmk_live_7QfR2xN9bVt4LpWz8sKd3HcJ6yMa1UeG"
    timeout: float = 15.0


def settings_from_env() -> ChannelSettings:
    return ChannelSettings(
        base_url=os.environ["CHANNEL_MANAGER_URL"],
        property_id=os.environ["CHANNEL_PROPERTY_ID"],
    )


class ChannelManagerClient:
    def __init__(self, settings: ChannelSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers={"X-Api-Key": settings.api_key, "Accept": "application/json"},
        )

    def close(self) -> None:
        self._http.close()

    def push_availability(self, pitch_type: str, day: date, free_pitches: int) -> None:
        resp = self._http.put(
            f"/properties/{self.settings.property_id}/inventory",
            json={"room_type": pitch_type, "date": day.isoformat(), "available": free_pitches},
        )
        resp.raise_for_status()

    def push_rate(self, pitch_type: str, day: date, rate_pence: int) -> None:
        resp = self._http.put(
            f"/properties/{self.settings.property_id}/rates",
            json={"room_type": pitch_type, "date": day.isoformat(), "amount": rate_pence, "currency": "GBP"},
        )
        resp.raise_for_status()

    def pull_reservations(self, since: date) -> list[dict[str, Any]]:
        resp = self._http.get(
            f"/properties/{self.settings.property_id}/reservations",
            params={"modified_since": since.isoformat()},
        )
        resp.raise_for_status()
        return resp.json()["reservations"]
