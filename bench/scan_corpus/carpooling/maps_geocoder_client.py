"""Geocoding client for pickup points, with request logging that keeps the API key out."""

from __future__ import annotations

import logging
import os
import random
import time
from urllib.parse import urlencode

import requests

log = logging.getLogger("carpool.maps.geocoder")

_SENSITIVE_PARAMS = {"key", "client_secret", "signature"}


class GeocodeError(RuntimeError):
    pass


def _loggable_query(params: dict) -> str:
    safe = {k: ("***" if k in _SENSITIVE_PARAMS else v) for k, v in params.items()}
    return urlencode(safe)


class Geocoder:
    def __init__(self, api_key: str | None = None, base_url: str | None = None, retries: int = 3) -> None:
        self.api_key = api_key or os.environ["MAPS_API_KEY"]
        self.base_url = base_url or os.environ.get(
            "MAPS_GEOCODE_URL", "https://maps.googleapis.com/maps/api/geocode/json"
        )
        self.retries = retries
        self.http = requests.Session()

    def _request(self, params: dict) -> dict:
        full = {**params, "key": self.api_key}
        for attempt in range(1, self.retries + 1):
            started = time.monotonic()
            resp = self.http.get(self.base_url, params=full, timeout=5)
            elapsed_ms = int((time.monotonic() - started) * 1000)
            log.info("geocode GET ?%s status=%s %dms", _loggable_query(full), resp.status_code, elapsed_ms)
            if resp.status_code == 200:
                return resp.json()
            if resp.status_code < 500 and resp.status_code != 429:
                break
            time.sleep(min(2 ** attempt, 10) + random.uniform(0, 0.5))
        raise GeocodeError(f"geocoder returned HTTP {resp.status_code}")

    def geocode(self, address: str, region: str = "gb") -> tuple[float, float] | None:
        body = self._request({"address": address, "region": region})
        results = body.get("results") or []
        if not results:
            return None
        loc = results[0]["geometry"]["location"]
        return loc["lat"], loc["lng"]

    def reverse(self, lat: float, lng: float) -> str | None:
        body = self._request({"latlng": f"{lat},{lng}"})
        results = body.get("results") or []
        return results[0]["formatted_address"] if results else None
