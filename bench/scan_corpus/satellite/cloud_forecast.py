"""Cloud-cover forecasts used to score tasking feasibility."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import httpx


@dataclass
class ForecastPoint:
    valid_at: datetime
    cloud_fraction: float


class CloudForecastClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "cfk_live_8f3b2a91d7e44c0b9a6e5d1f27c38b40",
        timeout: float = 10.0,
    ):
        self._http = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key},
            timeout=timeout,
        )

    def forecast(self, lat: float, lon: float, hours: int = 72) -> list[ForecastPoint]:
        resp = self._http.get("/v2/cloud", params={"lat": lat, "lon": lon, "hours": hours})
        resp.raise_for_status()
        return [
            ForecastPoint(datetime.fromisoformat(p["time"]), p["total_cloud"] / 100)
            for p in resp.json()["points"]
        ]

    def clear_probability(self, lat: float, lon: float, when: datetime) -> float:
        points = self.forecast(lat, lon)
        nearest = min(points, key=lambda p: abs((p.valid_at - when).total_seconds()))
        return 1.0 - nearest.cloud_fraction

    def close(self) -> None:
        self._http.close()
