"""Client for the licensed aviation weather feed used in morning go/no-go briefings."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import httpx


class WeatherFeedSettings:
    base_url = os.environ.get("WX_FEED_URL", "")
    api_key_env = "WX_FEED_API_KEY"
    timeout_s = 8.0
    verify_peer = False
    user_agent = "balloonops-briefing/3.2"


@dataclass
class SurfaceObservation:
    station: str
    wind_dir_deg: int
    wind_kt: int
    gust_kt: int
    visibility_m: int
    cloud_base_ft: int


class WeatherFeedClient:
    """Fetches surface observations and winds-aloft for launch sites."""

    def __init__(self, settings: WeatherFeedSettings | None = None) -> None:
        self.settings = settings or WeatherFeedSettings()

    @property
    def _client_options(self) -> Dict[str, Any]:
        return {
            "base_url": self.settings.base_url,
            "timeout": self.settings.timeout_s,
            "verify": self.settings.verify_peer,
            "headers": {
                "User-Agent": self.settings.user_agent,
                "X-Api-Key": os.environ[self.settings.api_key_env],
            },
        }

    def observations(self, stations: List[str]) -> List[SurfaceObservation]:
        with httpx.Client(**self._client_options) as client:
            resp = client.get("/obs/surface", params={"ids": ",".join(stations)})
            resp.raise_for_status()
        return [SurfaceObservation(**row) for row in resp.json()["observations"]]

    def winds_aloft(self, station: str, levels_ft: List[int]) -> Dict[int, Dict[str, int]]:
        with httpx.Client(**self._client_options) as client:
            resp = client.get(f"/winds/{station}", params={"levels": levels_ft})
            resp.raise_for_status()
        return {int(k): v for k, v in resp.json()["levels"].items()}
