"""Marine weather client used to plan boat crew trips to the longlines.

The skipper planning board asks for wave height, wind and swell period
at each farm block for the next 72 hours.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx


@dataclass(frozen=True)
class FarmBlock:
    code: str
    lat: float
    lon: float


class ForecastSettings:
    base_url = "https://api.marinecast.io/v2"
    api_key = "mc_live_7Qf2vX9kLp3RzT8wNb4YhE1sJd6Ua0Gc"
    hours = 72
    timeout = httpx.Timeout(15.0, connect=5.0)


class MarineForecastClient:
    def __init__(self, settings: type[ForecastSettings] = ForecastSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers=self._auth_headers(),
        )

    def _auth_headers(self) -> dict[str, str]:
        return {"X-Api-Key": self._settings.api_key, "Accept": "application/json"}

    def forecast(self, block: FarmBlock) -> list[dict[str, Any]]:
        resp = self._client.get(
            "/point",
            params={"lat": block.lat, "lon": block.lon, "hours": self._settings.hours, "fields": "hs,tp,wind"},
        )
        resp.raise_for_status()
        return resp.json()["series"]

    def go_windows(self, block: FarmBlock, max_wave_m: float = 1.5, max_wind_kn: float = 18.0) -> list[datetime]:
        windows = []
        for point in self.forecast(block):
            if point["hs"] <= max_wave_m and point["wind"] <= max_wind_kn:
                windows.append(datetime.fromisoformat(point["time"]))
        return windows

    def close(self) -> None:
        self._client.close()


if __name__ == "__main__":
    client = MarineForecastClient()
    try:
        print(client.go_windows(FarmBlock("B3", 57.112, -5.871)))
    finally:
        client.close()
