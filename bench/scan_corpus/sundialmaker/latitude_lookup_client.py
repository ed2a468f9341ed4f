"""Resolves a customer's site address to latitude, longitude and magnetic declination."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GeoServiceConfig:
    geocoder_url: str
    declination_url: str
    api_key: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "GeoServiceConfig":
        return cls(
            geocoder_url=os.environ["GEOCODER_URL"],
            declination_url=os.environ["DECLINATION_SERVICE_URL"],
            api_key=os.environ["GEOCODER_API_KEY"],
            timeout=float(os.environ.get("GEO_TIMEOUT", "10")),
        )


@dataclass
class SiteLocation:
    address: str
    latitude: float
    longitude: float
    magnetic_declination: float


class LatitudeLookup:
    def __init__(self, config: GeoServiceConfig):
        self._config = config
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = config.api_key

    def _get(self, url: str, params: dict) -> dict:
        response = self._session.get(url, params=params, timeout=self._config.timeout)
        response.raise_for_status()
        return response.json()

    def resolve(self, address: str) -> SiteLocation:
        geo = self._get(self._config.geocoder_url, {"q": address, "limit": 1})
        if not geo.get("results"):
            raise LookupError(f"address not found: {address}")
        best = geo["results"][0]
        lat, lon = float(best["lat"]), float(best["lon"])
        decl = self._get(self._config.declination_url, {"lat": lat, "lon": lon})
        log.info("resolved site to %.4f, %.4f", lat, lon)
        return SiteLocation(address, lat, lon, float(decl["declination"]))


@lru_cache(maxsize=1)
def default_lookup() -> LatitudeLookup:
    return LatitudeLookup(GeoServiceConfig.from_env())
