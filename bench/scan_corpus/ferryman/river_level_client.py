"""Client for the river authority's water level and flow service.

Sailings are suspended when the river runs above the red-board level at
the main gauge. The operations dashboard polls the authority's level API,
which requires the API key the authority issued to us as a licensed
operator.
"""
import os
from dataclasses import dataclass
from datetime import datetime

import httpx


@dataclass(frozen=True)
class LevelApiSettings:
    base_url: str = os.environ.get("RIVER_LEVEL_API_URL", "https://api.riverauthority.example/levels/v1")
    api_key: str = os.environ.get("RIVER_LEVEL_API_KEY", "")
    gauge_id: str = os.environ.get("RIVER_GAUGE_ID", "GAUGE-0412")
    red_board_m: float = float(os.environ.get("RED_BOARD_LEVEL_M", "4.20"))


@dataclass
class GaugeReading:
    gauge_id: str
    level_m: float
    flow_m3s: float
    observed_at: datetime


class RiverLevelClient:
    def __init__(self, settings: LevelApiSettings | None = None):
        self.settings = settings or LevelApiSettings()
        self._client = httpx.AsyncClient(
            base_url=self.settings.base_url,
            headers={"X-Api-Key": self.settings.api_key, "Accept": "application/json"},
            timeout=10.0,
        )

    async def latest(self) -> GaugeReading:
        resp = await self._client.get(f"/gauges/{self.settings.gauge_id}/latest")
        resp.raise_for_status()
        data = resp.json()
        return GaugeReading(
            gauge_id=self.settings.gauge_id,
            level_m=float(data["level_m"]),
            flow_m3s=float(data["flow_m3s"]),
            observed_at=datetime.fromisoformat(data["observed_at"]),
        )

    async def sailings_allowed(self) -> bool:
        reading = await self.latest()
        return reading.level_m < self.settings.red_board_m

    async def close(self) -> None:
        await self._client.aclose()
