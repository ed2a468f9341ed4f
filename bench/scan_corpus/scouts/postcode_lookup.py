"""Look up coordinates for camp sites and meeting places from their postcode."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import requests


@dataclass(frozen=True)
class Location:
    postcode: str
    latitude: float
    longitude: float
    admin_district: str | None


class PostcodeClient:
    """Wrapper around the public postcodes.io API (no key required)."""

    base_url = "https://api.postcodes.io"

    def __init__(self, base_url: str | None = None, timeout: float = 5.0):
        if base_url:
            self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()

    def lookup(self, postcode: str) -> Location | None:
        resp = self._http.get(f"{self.base_url}/postcodes/{requests.utils.quote(postcode.strip())}", timeout=self.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        r = resp.json()["result"]
        return Location(r["postcode"], r["latitude"], r["longitude"], r.get("admin_district"))


@lru_cache(maxsize=1)
def default_client() -> PostcodeClient:
    return PostcodeClient()


def distance_hint(postcode: str) -> str:
    loc = default_client().lookup(postcode)
    if loc is None:
        return "Unknown postcode"
    return f"{loc.postcode} ({loc.admin_district or 'unknown district'})"
