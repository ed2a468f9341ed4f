"""Pull water temperature and tide height from NOAA CO-OPS for the intake station.

The seawater intake for the open system is next to a NOAA tide gauge, so we
use its data to sanity-check our own intake sensors.
"""
import os
from datetime import date, timedelta

import requests

COOPS_API = os.getenv(
    "COOPS_API_URL", "https://api.tidesandcurrents.noaa.gov/api/prod/datagetter"
)
STATION_ID = os.getenv("INTAKE_NOAA_STATION", "9414290")


def _get(product: str, begin: date, end: date) -> list[dict]:
    params = {
        "product": product,
        "station": STATION_ID,
        "begin_date": begin.strftime("%Y%m%d"),
        "end_date": end.strftime("%Y%m%d"),
        "units": "metric",
        "time_zone": "gmt",
        "format": "json",
        "application": "aquarium_lss",
    }
    if product == "water_level":
        params["datum"] = "MLLW"
    resp = requests.get(COOPS_API, params=params, timeout=30)
    resp.raise_for_status()
    body = resp.json()
    if "error" in body:
        raise ValueError(body["error"].get("message", "NOAA API error"))
    return body.get("data", [])


def water_temperature(days: int = 1) -> list[tuple[str, float]]:
    end = date.today()
    rows = _get("water_temperature", end - timedelta(days=days), end)
    return [(r["t"], float(r["v"])) for r in rows if r.get("v")]


def tide_height(days: int = 1) -> list[tuple[str, float]]:
    end = date.today()
    rows = _get("water_level", end - timedelta(days=days), end)
    return [(r["t"], float(r["v"])) for r in rows if r.get("v")]
