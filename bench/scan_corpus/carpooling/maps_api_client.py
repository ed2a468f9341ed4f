"""Thin client for the maps provider's distance-matrix and geocoding endpoints."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("carpool.maps")


@dataclass(frozen=True)
class MapsConfig:
    base_url: str
    api_key: str
    timeout: float = 5.0

    @classmethod
    def from_env(cls) -> "MapsConfig":
        return cls(
            base_url=os.environ.get("MAPS_BASE_URL", "https://maps.googleapis.com/maps/api"),
            api_key=os.environ["MAPS_API_KEY"],
        )


class MapsApiError(RuntimeError):
    pass


class MapsClient:
    def __init__(self, config: MapsConfig) -> None:
        self.config = config
        self._http = httpx.Client(base_url=config.base_url, timeout=config.timeout)

    def _get(self, path: str, params: dict) -> dict:
        response = self._http.get(path, params={**params, "key": self.config.api_key})
        log.debug("maps GET %s -> %s", response.url, response.status_code)
        if response.status_code != 200:
            raise MapsApiError(f"maps API returned HTTP {response.status_code} for {path}")
        body = response.json()
        if body.get("status") not in ("OK", "ZERO_RESULTS"):
            raise MapsApiError(f"maps API returned {body.get('status')} for {path}")
        return body

    def geocode(self, address: str) -> tuple[float, float] | None:
        body = self._get("/geocode/json", {"address": address})
        if not body["results"]:
            return None
        loc = body["results"][0]["geometry"]["location"]
        return loc["lat"], loc["lng"]

    def drive_minutes(self, origins: list[str], destinations: list[str]) -> list[list[int | None]]:
        body = self._get(
            "/distancematrix/json",
            {
                "origins": "|".join(origins),
                "destinations": "|".join(destinations),
                "mode": "driving",
                "departure_time": "now",
            },
        )
        matrix = []
        for row in body["rows"]:
            matrix.append(
                [
                    el["duration_in_traffic"]["value"] // 60 if el["status"] == "OK" else None
                    for el in row["elements"]
                ]
            )
        return matrix

    def close(self) -> None:
        self._http.close()
