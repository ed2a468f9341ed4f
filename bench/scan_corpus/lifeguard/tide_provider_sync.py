"""Pulls tide and surf forecasts used to plan tower staffing levels."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, List

import requests


@dataclass
class ForecastCredentials:
    account: str = "beach-ops"
    api_key: str = "tp_live_8f3c2a91d7e64b0c9a5f1e2d3b4c6a7e"

    def headers(self) -> Dict[str, str]:
        return {"X-Account": self.account, "X-Api-Key": self.api_key}


@dataclass
class ForecastClient:
    base_url: str = field(default_factory=lambda: os.environ["TIDE_PROVIDER_URL"])
    credentials: ForecastCredentials = field(default_factory=ForecastCredentials)
    timeout: float = 10.0

    def daily(self, station: str, day: date) -> Dict:
        resp = requests.get(
            f"{self.base_url}/v2/stations/{station}/forecast",
            params={"date": day.isoformat()},
            headers=self.credentials.headers(),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()


def extra_guards_for(surf_m: float) -> int:
    if surf_m >= 1.8:
        return 2
    return 1 if surf_m >= 1.2 else 0


def staffing_outlook(client: ForecastClient, station: str, days: int = 7) -> List[Dict]:
    outlook = []
    start = date.today()
    for offset in range(days):
        day = start + timedelta(days=offset)
        forecast = client.daily(station, day)
        surf = max(forecast.get("surf_heights_m", [0.0]))
        outlook.append({"date": day.isoformat(), "surf_m": surf, "extra_guards": extra_guards_for(surf)})
    return outlook
