"""Weather conditions recorded alongside each bird census visit.

Census protocol asks for temperature, wind and cloud cover at the time
of each count; rather than have volunteers estimate, we fetch current
conditions for the dovecote's coordinates.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

import requests

OWM_URL = "https://api.openweathermap.org/data/2.5/weather"


@dataclass
class Conditions:
    temp_c: float
    wind_mps: float
    wind_deg: Optional[int]
    cloud_pct: int
    description: str


@dataclass(frozen=True)
class Site:
    code: str
    lat: float
    lon: float


SITES = {
    "GDC": Site("GDC", 51.4312, -2.1870),
    "OCT": Site("OCT", 51.4298, -2.1911),
    "FOL": Site("FOL", 51.4335, -2.1802),
}


class WeatherClient:
    def __init__(self, api_key: str | None = None, session: requests.Session | None = None) -> None:
        self.api_key = api_key or os.environ["OPENWEATHER_API_KEY"]
        self.session = session or requests.Session()

    def current(self, site: Site) -> Conditions:
        resp = self.session.get(
            OWM_URL,
            params={"lat": site.lat, "lon": site.lon, "units": "metric", "appid": self.api_key},
            timeout=15,
        )
        resp.raise_for_status()
        data = resp.json()
        return Conditions(
            temp_c=data["main"]["temp"],
            wind_mps=data["wind"]["speed"],
            wind_deg=data["wind"].get("deg"),
            cloud_pct=data.get("clouds", {}).get("all", 0),
            description=data["weather"][0]["description"] if data.get("weather") else "",
        )


def conditions_for(site_code: str, client: WeatherClient | None = None) -> Conditions:
    client = client or WeatherClient()
    return client.current(SITES[site_code.upper()])
