"""Check the forecast before sending a crew up to strip a roof.

Once slates are off and the felt is open the roof has to be watertight by the
end of the day, so the scheduler checks wind and rain for each site.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import List

import requests

FORECAST_URL = "https://data.hub.api.metoffice.gov.uk/sitespecific/v0/point/daily"
MAX_GUST_MPH = 35
MAX_RAIN_PROBABILITY = 40


@dataclass
class DayOutlook:
    day: date
    max_gust_mph: float
    rain_probability: int

    @property
    def workable(self) -> bool:
        return self.max_gust_mph <= MAX_GUST_MPH and self.rain_probability <= MAX_RAIN_PROBABILITY


class MetOfficeClient:
    def __init__(self, api_key: str | None = None) -> None:
        self.session = requests.Session()
        self.session.headers["apikey"] = api_key or os.environ["METOFFICE_API_KEY"]
        self.session.headers["Accept"] = "application/json"

    def daily(self, lat: float, lon: float) -> List[DayOutlook]:
        resp = self.session.get(FORECAST_URL, params={"latitude": lat, "longitude": lon},
                                timeout=15)
        resp.raise_for_status()
        series = resp.json()["features"][0]["properties"]["timeSeries"]
        return [
            DayOutlook(
                day=date.fromisoformat(item["time"][:10]),
                max_gust_mph=item["midday10MWindGust"] * 2.237,
                rain_probability=item["dayProbabilityOfRain"],
            )
            for item in series
        ]


def first_workable_day(client: MetOfficeClient, lat: float, lon: float,
                       not_before: date) -> date | None:
    for outlook in client.daily(lat, lon):
        if outlook.day >= not_before and outlook.workable:
            return outlook.day
    return None
