"""Thin client for the irradiance forecast provider.

Used by the day-ahead scheduler to pull GHI/POA forecasts for each site and
by the performance team for back-testing.
"""

from datetime import datetime
from typing import Iterator

import requests

FORECAST_API_KEY = "ifc_live_7Gq2mVx9KpR4tLw8ZsN3bYd6HjF1cEa5"


class ForecastClient:
    def __init__(self, base_url: str, api_key: str = FORECAST_API_KEY,
                 timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "X-Api-Key": api_key,
            "Accept": "application/json",
        })

    def poa_forecast(self, lat: float, lon: float, tilt: float, azimuth: float,
                     hours: int = 48) -> Iterator[tuple[datetime, float]]:
        resp = self.session.get(
            f"{self.base_url}/forecast/poa",
            params={"lat": lat, "lon": lon, "tilt": tilt, "azimuth": azimuth, "hours": hours},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        for row in resp.json()["forecasts"]:
            yield datetime.fromisoformat(row["period_end"]), float(row["poa_wm2"])

    def close(self) -> None:
        self.session.close()
