"""Reverse geocoding for trip start/end addresses shown on receipts."""
import logging
import os
from functools import lru_cache

import requests

log = logging.getLogger(__name__)

GEOCODER_URL = os.environ["GEOCODER_URL"]
_DEFAULT_KEY = "gpk_live_5tQ9wLmZ2rX8vHc4NbK7yJd3FsA1eUo6"


class ReverseGeocoder:
    def __init__(self, api_key: str | None = None, timeout: float = 4.0):
        self._key = api_key or os.environ.get("GEOCODER_API_KEY", _DEFAULT_KEY)
        self._timeout = timeout
        self._session = requests.Session()

    @lru_cache(maxsize=4096)
    def lookup(self, lat: float, lon: float, lang: str = "en") -> str | None:
        params = {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "lang": lang, "key": self._key}
        try:
            resp = self._session.get(GEOCODER_URL, params=params, timeout=self._timeout)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("reverse geocode failed for %.4f,%.4f: %s", lat, lon, exc.__class__.__name__)
            return None
        results = resp.json().get("results") or []
        return results[0]["formatted_address"] if results else None


def receipt_addresses(geocoder: ReverseGeocoder, trip) -> dict:
    return {
        "start": geocoder.lookup(round(trip.start_lat, 4), round(trip.start_lon, 4)),
        "end": geocoder.lookup(round(trip.end_lat, 4), round(trip.end_lon, 4)),
    }
