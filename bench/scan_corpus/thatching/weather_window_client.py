"""Find workable weather windows for thatching crews.

Thatchers can't work in strong wind or steady rain, and fresh reed should not
be laid wet. This pulls the hourly forecast for each job site from the weather
data provider and marks which days are workable.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger("planning.weather")

MAX_GUST_MPH = 35
MAX_RAIN_MM_PER_HOUR = 0.5
MIN_WORKABLE_HOURS = 6


@dataclass
class SiteDay:
    job_id: int
    day: date
    workable_hours: int

    @property
    def workable(self) -> bool:
        return self.workable_hours >= MIN_WORKABLE_HOURS


class WeatherClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.http = httpx.Client(
            base_url=base_url or os.environ["WEATHER_API_URL"],
            headers={"apikey": api_key or os.environ["WEATHER_API_KEY"]},
            timeout=httpx.Timeout(10.0, connect=5.0),
        )

    def hourly(self, lat: float, lon: float) -> list[dict]:
        resp = self.http.get("/point/hourly", params={"latitude": lat, "longitude": lon})
        resp.raise_for_status()
        return resp.json()["features"][0]["properties"]["timeSeries"]

    def site_days(self, job_id: int, lat: float, lon: float) -> list[SiteDay]:
        hours_by_day: dict[date, int] = {}
        for hour in self.hourly(lat, lon):
            day = date.fromisoformat(hour["time"][:10])
            ok = (
                hour["windGustSpeed10m"] * 2.237 < MAX_GUST_MPH
                and hour["precipitationRate"] < MAX_RAIN_MM_PER_HOUR
                and 7 <= int(hour["time"][11:13]) < 18
            )
            hours_by_day[day] = hours_by_day.get(day, 0) + int(ok)
        return [SiteDay(job_id, d, h) for d, h in sorted(hours_by_day.items())]


def plan(jobs: list[dict]) -> dict[int, list[date]]:
    client = WeatherClient()
    windows = {}
    for job in jobs:
        days = client.site_days(job["id"], job["lat"], job["lon"])
        windows[job["id"]] = [d.day for d in days if d.workable]
        log.info("job %s: %d workable days in forecast", job["id"], len(windows[job["id"]]))
    return windows
