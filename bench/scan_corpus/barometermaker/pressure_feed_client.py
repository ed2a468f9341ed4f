"""Client for the live pressure-observation feed shown in the showroom.

The showroom display compares our demonstration barometers against the
nearest observing station in real time.
"""
import os
from dataclasses import dataclass, field
from datetime import datetime

import httpx

FEED_BASE_URL = "https://api.pressure-observations.example/v1"


@dataclass
class FeedConfig:
    station_id: str = field(default_factory=lambda: os.environ.get("SHOWROOM_STATION", "03772"))
    api_key: str = field(default_factory=lambda: os.environ["PRESSURE_FEED_API_KEY"])
    timeout: float = 10.0


@dataclass
class Observation:
    observed_at: datetime
    pressure_hpa: float
    tendency: str


class PressureFeed:
    def __init__(self, config: FeedConfig | None = None):
        self.config = config or FeedConfig()
        self._client = httpx.AsyncClient(
            base_url=FEED_BASE_URL,
            headers={"X-API-Key": self.config.api_key},
            timeout=self.config.timeout,
        )

    async def latest(self) -> Observation:
        resp = await self._client.get(f"/stations/{self.config.station_id}/latest")
        resp.raise_for_status()
        data = resp.json()
        return Observation(
            observed_at=datetime.fromisoformat(data["time"]),
            pressure_hpa=float(data["mslp_hpa"]),
            tendency=data.get("tendency", "steady"),
        )

    async def aclose(self) -> None:
        await self._client.aclose()


def describe(obs: Observation, instrument_reading: float) -> str:
    diff = instrument_reading - obs.pressure_hpa
    return (
        f"Station {obs.pressure_hpa:.1f} hPa ({obs.tendency}), "
        f"demonstration barometer {instrument_reading:.1f} hPa, difference {diff:+.1f}"
    )
