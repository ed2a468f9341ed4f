"""Client for the VenueHub availability API used by the touring office."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import httpx


@dataclass(frozen=True)
class VenueApiSettings:
    base_url: str = "https://api.venuehub.example/v2"
    timeout: float = 10.0
    ca_bundle: str | bool = False
    api_key_env: str = "VENUEHUB_API_KEY"


@dataclass(frozen=True)
class TouringConfig:
    company_code: str = "STRINGS-AND-SHADOWS"
    venue_api: VenueApiSettings = field(default_factory=VenueApiSettings)


class VenueAvailabilityClient:
    """Asks partner venues which dates are free for a visiting puppet show."""

    def __init__(self, config: TouringConfig, api_key: str) -> None:
        self._config = config
        api = config.venue_api
        self._http = httpx.Client(
            base_url=api.base_url,
            timeout=api.timeout,
            verify=api.ca_bundle,
            headers={"X-Api-Key": api_key, "X-Company": config.company_code},
        )

    def free_dates(self, venue_id: str, start: date, end: date) -> list[date]:
        response = self._http.get(
            f"/venues/{venue_id}/availability",
            params={"from": start.isoformat(), "to": end.isoformat()},
        )
        response.raise_for_status()
        return [date.fromisoformat(item["date"]) for item in response.json()["free"]]

    def hold(self, venue_id: str, day: date, production: str) -> str:
        response = self._http.post(
            f"/venues/{venue_id}/holds",
            json={"date": day.isoformat(), "production": production},
        )
        response.raise_for_status()
        return response.json()["hold_id"]

    def close(self) -> None:
        self._http.close()
