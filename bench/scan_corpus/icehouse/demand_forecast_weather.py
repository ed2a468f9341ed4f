"""Weather inputs for the ice demand forecast.

Bagged-ice demand tracks the temperature forecast closely, so the nightly
forecast job pulls the 7-day outlook for each delivery region and stores the
daily maximum and sunshine hours next to the order history.
"""
import logging
import os
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("icehouse.forecast.weather")

WEATHER_API = "https://api.openweathermap.org/data/3.0/onecall"


@dataclass(frozen=True)
class Region:
    code: str
    lat: float
    lon: float


REGIONS = (
    Region("harbour", 53.548, 9.987),
    Region("lakeside", 53.601, 10.152),
    Region("airport", 53.630, 9.988),
)


@dataclass
class DayOutlook:
    region: str
    day: date
    max_temp_c: float
    clouds_pct: int


def fetch_outlook(region: Region, session: requests.Session) -> list[DayOutlook]:
    params = {
        "lat": region.lat,
        "lon": region.lon,
        "exclude": "current,minutely,hourly,alerts",
        "units": "metric",
        "appid": os.environ["OPENWEATHER_API_KEY"],
    }
    resp = session.get(WEATHER_API, params=params, timeout=15)
    resp.raise_for_status()
    return [
        DayOutlook(region.code, date.fromtimestamp(d["dt"]), d["temp"]["max"], d.get("clouds", 0))
        for d in resp.json()["daily"]
    ]


def collect(regions=REGIONS) -> list[DayOutlook]:
    out: list[DayOutlook] = []
    with requests.Session() as session:
        for region in regions:
            try:
                out.extend(fetch_outlook(region, session))
            except requests.RequestException as exc:
                log.warning("weather fetch failed for %s: %s", region.code, exc.__class__.__name__)
    return out
