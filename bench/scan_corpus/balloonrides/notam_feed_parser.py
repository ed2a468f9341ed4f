"""Parses the NOTAM XML feed to flag airspace restrictions near launch sites."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, List

import defusedxml.ElementTree as SafeET
import requests


@dataclass
class Notam:
    ident: str
    lat: float
    lon: float
    radius_nm: float
    lower_ft: int
    upper_ft: int
    text: str

    def distance_nm(self, lat: float, lon: float) -> float:
        dlat = math.radians(lat - self.lat)
        dlon = math.radians(lon - self.lon) * math.cos(math.radians(lat))
        return 3440.065 * math.hypot(dlat, dlon)


class NotamFeed:
    """Fetches and parses the provider's NOTAM XML for the operating area."""

    def __init__(self, feed_url: str, session: requests.Session | None = None) -> None:
        self.feed_url = feed_url
        self.session = session or requests.Session()

    @staticmethod
    def parse(xml_bytes: bytes) -> List[Notam]:
        root = SafeET.fromstring(xml_bytes)
        return [
            Notam(
                ident=n.findtext("id", ""),
                lat=float(n.findtext("lat", "0")),
                lon=float(n.findtext("lon", "0")),
                radius_nm=float(n.findtext("radius", "0")),
                lower_ft=int(n.findtext("lower", "0")),
                upper_ft=int(n.findtext("upper", "99999")),
                text=n.findtext("text", "").strip(),
            )
            for n in root.iter("notam")
        ]

    def fetch(self) -> List[Notam]:
        resp = self.session.get(self.feed_url, timeout=15)
        resp.raise_for_status()
        return self.parse(resp.content)

    def affecting(self, notams: Iterable[Notam], lat: float, lon: float,
                  ceiling_ft: int = 3000) -> List[Notam]:
        return [n for n in notams
                if n.lower_ft <= ceiling_ft and n.distance_nm(lat, lon) <= n.radius_nm + 5]
