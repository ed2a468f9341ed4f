"""Marine forecast lookups for search planning (wind, sea state, visibility)."""
from datetime import datetime

import httpx

FORECAST_BASE_URL = "https://api.marineforecast.example.com/v3"
MARINE_FORECAST_API_KEY = "mfk_live_7c2e9a41d0b84f3fa6e1c5d92b7e08aa51c3"


class MarineForecastClient:
    def __init__(self, api_key: str = MARINE_FORECAST_API_KEY, base_url: str = FORECAST_BASE_URL):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key},
            timeout=20.0,
        )

    def point_forecast(self, lat: float, lon: float, hours: int = 24) -> list[dict]:
        resp = self._client.get(
            "/point",
            params={"lat": round(lat, 3), "lon": round(lon, 3), "hours": hours,
                    "fields": "wind_speed,wind_dir,hs,visibility"},
        )
        resp.raise_for_status()
        return [
            {**step, "time": datetime.fromisoformat(step["time"])}
            for step in resp.json()["steps"]
        ]

    def close(self) -> None:
        self._client.close()
