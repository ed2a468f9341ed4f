"""Fetch river levels before confirming a trip.

Trips are called off when the gauge upstream of the launch site is above
the safe level for coracles.  The gauge data provider issues us an API key,
which is sent only to the provider's own API.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GaugeConfig:
    base_url: str
    api_key: str
    timeout: float = 8.0

    @classmethod
    def from_env(cls) -> "GaugeConfig":
        return cls(
            base_url=os.environ.get("GAUGE_API_URL", "https://api.rivergauges.example/v1"),
            api_key=os.environ["GAUGE_API_KEY"],
        )


@dataclass
class Reading:
    station: str
    level_m: float
    taken_at: datetime


class RiverGaugeClient:
    def __init__(self, config: GaugeConfig) -> None:
        self.config = config
        self.http = requests.Session()
        self.http.headers.update({"X-Api-Key": config.api_key, "Accept": "application/json"})

    def latest(self, station: str) -> Reading:
        resp = self.http.get(
            f"{self.config.base_url}/stations/{station}/readings/latest",
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        return Reading(
            station=station,
            level_m=float(body["value"]),
            taken_at=datetime.fromisoformat(body["dateTime"]),
        )


def trip_is_safe(client: RiverGaugeClient, station: str, max_level_m: float) -> bool:
    reading = client.latest(station)
    log.info("gauge %s at %.2fm (limit %.2fm) at %s",
             station, reading.level_m, max_level_m, reading.taken_at.isoformat())
    return reading.level_m <= max_level_m
