"""Polls the anemometers mounted on the tallest platforms.

Each station exposes a small JSON endpoint on the park network. Station
addresses are provisioned per park in the environment, since the weather
mast hardware is swapped out between seasons.
"""
import logging
import os
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

POLL_INTERVAL_S = 30


@dataclass(frozen=True)
class Station:
    name: str
    base_url: str


def stations_from_env() -> list[Station]:
    entries = os.environ.get("ZP_ANEMOMETER_STATIONS", "")
    stations = []
    for entry in filter(None, (e.strip() for e in entries.split(";"))):
        name, url = entry.split("=", 1)
        stations.append(Station(name=name, base_url=url.rstrip("/")))
    return stations


def read_station(client: httpx.Client, station: Station) -> dict:
    resp = client.get(f"{station.base_url}/api/v1/current")
    resp.raise_for_status()
    data = resp.json()
    return {"station": station.name, "wind_kmh": float(data["wind"]), "gust_kmh": float(data["gust"])}


def poll_forever(on_reading) -> None:
    stations = stations_from_env()
    if not stations:
        raise SystemExit("ZP_ANEMOMETER_STATIONS is not set")
    ca_bundle = os.environ.get("ZP_PARK_CA_BUNDLE", True)
    with httpx.Client(timeout=5.0, verify=ca_bundle) as client:
        while True:
            for station in stations:
                try:
                    on_reading(read_station(client, station))
                except (httpx.HTTPError, KeyError, ValueError) as exc:
                    log.warning("station %s unreadable: %s", station.name, exc)
            time.sleep(POLL_INTERVAL_S)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    poll_forever(lambda reading: log.info("%s", reading))
