"""Geocoding and drive-time lookups for venue postcodes, used when pricing delivery."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("quotes.routing")


@dataclass(frozen=True)
class RoutingSettings:
    base_url: str
    api_key: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "RoutingSettings":
        return cls(
            base_url=os.environ["ROUTING_API_URL"],
            api_key=os.environ["ROUTING_API_KEY"],
        )


class RoutingApi:
    def __init__(self, settings: RoutingSettings) -> None:
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers={"X-Api-Key": settings.api_key, "Accept": "application/json"},
        )

    def geocode(self, postcode: str) -> tuple[float, float]:
        resp = self._client.get("/v1/geocode", params={"postcode": postcode.strip().upper()})
        resp.raise_for_status()
        data = resp.json()
        return data["lat"], data["lon"]

    def drive_minutes(self, origin: tuple[float, float], dest: tuple[float, float]) -> int:
        resp = self._client.get(
            "/v1/drive-time",
            params={"from": f"{origin[0]},{origin[1]}", "to": f"{dest[0]},{dest[1]}", "vehicle": "van"},
        )
        resp.raise_for_status()
        return int(resp.json()["minutes"])

    def close(self) -> None:
        self._client.close()


def delivery_charge(api: RoutingApi, depot: tuple[float, float], venue_postcode: str,
                    rate_per_hour: Decimal = Decimal("45.00")) -> Decimal:
    minutes = api.drive_minutes(depot, api.geocode(venue_postcode))
    round_trip_hours = Decimal(minutes * 2) / Decimal(60)
    charge = (round_trip_hours * rate_per_hour).quantize(Decimal("0.01"))
    log.info("delivery to %s: %d min each way, charge %s", venue_postcode, minutes, charge)
    return charge
