"""Client for the AgWeather ET0 service used by the irrigation planner."""
import os
from datetime import date

import requests

API_KEY_ENV = "AGWEATHER_API_KEY"


class MissingApiKey(RuntimeError):
    pass


class ET0Client:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 15.0):
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if not api_key:
            raise MissingApiKey(f"set {API_KEY_ENV} to use the ET0 service")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key})

    def daily_et0(self, lat: float, lon: float, start: date, end: date) -> dict[date, float]:
        resp = self.session.get(
            f"{self.base_url}/v1/et0/daily",
            params={"lat": round(lat, 4), "lon": round(lon, 4),
                    "from": start.isoformat(), "to": end.isoformat()},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return {date.fromisoformat(d["date"]): float(d["et0_mm"]) for d in resp.json()["days"]}
