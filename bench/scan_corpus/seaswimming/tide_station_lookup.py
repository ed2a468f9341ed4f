"""Resolves which tide station serves each swim beach and caches its readings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import requests

OPEN_DATA_BASE = "https://environment.data.example.gov.uk/flood-monitoring"


@dataclass(frozen=True)
class Beach:
    slug: str
    name: str
    station_id: str


@dataclass
class CachedTable:
    station_id: str
    etag: str
    readings: list[dict] = field(default_factory=list)


BEACHES = [
    Beach("west-bay", "West Bay", "E72639"),
    Beach("harbour-steps", "Harbour Steps", "E72639"),
    Beach("shingle-point", "Shingle Point", "E71524"),
]


class StationLookup:
    def __init__(self, session: Optional[requests.Session] = None) -> None:
        self._http = session or requests.Session()
        self._cache: dict[str, CachedTable] = {}

    @staticmethod
    def beach_for(slug: str) -> Optional[Beach]:
        return next((b for b in BEACHES if b.slug == slug), None)

    def table(self, station_id: str) -> list[dict]:
        cached = self._cache.get(station_id)
        headers = {"If-None-Match": cached.etag} if cached else {}
        resp = self._http.get(
            f"{OPEN_DATA_BASE}/id/stations/{station_id}/readings",
            params={"_sorted": "", "_limit": 96},
            headers=headers,
            timeout=15,
        )
        if resp.status_code == 304 and cached is not None:
            return cached.readings
        resp.raise_for_status()
        etag = resp.headers.get("ETag", "")
        if cached is not None and etag and etag == cached.etag:
            return cached.readings
        items = resp.json().get("items", [])
        self._cache[station_id] = CachedTable(station_id, etag, items)
        return items

    def shares_station(self, slug_a: str, slug_b: str) -> bool:
        a, b = self.beach_for(slug_a), self.beach_for(slug_b)
        return a is not None and b is not None and a.station_id == b.station_id
