"""Client for the marine weather service (wind, swell, visibility at anchorage and berths)."""
import os
from dataclasses import dataclass

import httpx

API_KEY_ENV = "MARINE_WEATHER_API_KEY"
BASE_URL_ENV = "MARINE_WEATHER_BASE_URL"


@dataclass
class Forecast:
    wind_kn: float
    gust_kn: float
    swell_m: float
    visibility_nm: float


class MarineWeatherClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 10.0):
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"set {API_KEY_ENV} or pass api_key")
        self._client = httpx.Client(
            base_url=base_url or os.environ[BASE_URL_ENV],
            headers={"Authorization": f"Bearer {key}"},
            timeout=timeout,
        )

    def forecast(self, lat: float, lon: float, hours: int = 24) -> list[Forecast]:
        resp = self._client.get("/v1/forecast", params={"lat": lat, "lon": lon, "hours": hours})
        resp.raise_for_status()
        return [
            Forecast(
                wind_kn=p["wind"],
                gust_kn=p["gust"],
                swell_m=p["swell"],
                visibility_nm=p["visibility"],
            )
            for p in resp.json()["points"]
        ]

    def crane_wind_stop(self, lat: float, lon: float, limit_kn: float = 38.0) -> bool:
        return any(f.gust_kn >= limit_kn for f in self.forecast(lat, lon, hours=6))
