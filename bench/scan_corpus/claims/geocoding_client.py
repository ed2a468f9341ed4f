"""Geocode loss locations so claims can be matched to weather and flood events.

Used for home claims (storm, flood, subsidence) to attach the nearest weather
station readings to the claim file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests

API_KEY_ENV = "GEOCODER_API_KEY"
BASE_URL_ENV = "GEOCODER_BASE_URL"
API_KEY_HEADER = "X-Api-Key"
DEFAULT_TIMEOUT = 8.0


class GeocoderConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class GeoPoint:
    lat: float
    lon: float
    accuracy: str


def _setting(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise GeocoderConfigError(f"{name} is not set")
    return value


class Geocoder:
    def __init__(self, api_key: str | None = None, base_url: str | None = None) -> None:
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = api_key or _setting(API_KEY_ENV)
        self._base = (base_url or _setting(BASE_URL_ENV)).rstrip("/")

    def locate(self, address_line: str, postcode: str, country: str = "GB") -> GeoPoint | None:
        resp = self._session.get(
            f"{self._base}/v1/geocode",
            params={"q": address_line, "postcode": postcode, "country": country},
            timeout=DEFAULT_TIMEOUT,
        )
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        hit = resp.json()["results"][0]
        return GeoPoint(lat=hit["lat"], lon=hit["lon"], accuracy=hit.get("accuracy", "unknown"))
