"""Thin client for the AgWeather forecast API (hourly ET0, rainfall, GDD)."""
from datetime import date

import requests

AGWEATHER_API_KEY = "awx_live_7Hc2pQ9xVt4Rm8Ya3Kd6Ns1Bf5Lg0ZeW2"


class AgWeatherClient:
    def __init__(self, base_url: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": AGWEATHER_API_KEY})

    def hourly_forecast(self, lat: float, lon: float, hours: int = 72) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/v1/forecast/hourly",
            params={"lat": round(lat, 4), "lon": round(lon, 4), "hours": hours},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["hours"]

    def growing_degree_days(self, lat: float, lon: float, start: date, base_c: float = 10.0) -> float:
        resp = self.session.get(
            f"{self.base_url}/v1/gdd",
            params={"lat": lat, "lon": lon, "from": start.isoformat(), "base": base_c},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return float(resp.json()["gdd"])
