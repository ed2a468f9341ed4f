"""Polls the climate gateway in the textile store for temperature / RH / lux readings."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import httpx

log = logging.getLogger("tapestry.sensors")

CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "verify": False,
    "headers": {"Accept": "application/json", "User-Agent": "tapestry-studio-poller/2.3"},
}

RH_LIMITS = (45.0, 55.0)
LUX_LIMIT = 50.0


@dataclass
class Reading:
    sensor_id: str
    bay: str
    taken_at: datetime
    temperature_c: float
    relative_humidity: float
    lux: float

    @property
    def out_of_range(self) -> bool:
        low, high = RH_LIMITS
        return not (low <= self.relative_humidity <= high) or self.lux > LUX_LIMIT


class GatewayPoller:
    def __init__(self, base_url: str | None = None, token: str | None = None) -> None:
        self._base_url = base_url or os.environ["CLIMATE_GATEWAY_URL"]
        self._token = token or os.environ["CLIMATE_GATEWAY_TOKEN"]
        self._client = httpx.Client(base_url=self._base_url, **CLIENT_OPTIONS)

    def close(self) -> None:
        self._client.close()

    def latest(self) -> list[Reading]:
        resp = self._client.get(
            "/api/v1/readings/latest",
            headers={"Authorization": f"Bearer {self._token}"},
        )
        resp.raise_for_status()
        return [
            Reading(
                sensor_id=item["sensor"],
                bay=item["location"],
                taken_at=datetime.fromisoformat(item["ts"]),
                temperature_c=float(item["t"]),
                relative_humidity=float(item["rh"]),
                lux=float(item.get("lux", 0.0)),
            )
            for item in resp.json()["readings"]
        ]

    def poll_once(self) -> list[Reading]:
        readings = self.latest()
        for r in readings:
            if r.out_of_range:
                log.warning(
                    "bay %s sensor %s out of range: %.1fC %.1f%%RH %.0f lux",
                    r.bay, r.sensor_id, r.temperature_c, r.relative_humidity, r.lux,
                )
        return readings


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    poller = GatewayPoller()
    try:
        for reading in poller.poll_once():
            log.info("%s %s %.1f%%", reading.bay, reading.sensor_id, reading.relative_humidity)
    finally:
        poller.close()
