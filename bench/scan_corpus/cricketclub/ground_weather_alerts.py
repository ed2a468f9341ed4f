"""Checks the forecast for the home ground and warns captains about likely washouts."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WeatherSettings:
    api_url: str
    api_key: str = field(repr=False)
    latitude: float
    longitude: float

    @classmethod
    def from_env(cls) -> "WeatherSettings":
        return cls(
            api_url=os.environ.get("WEATHER_API_URL", "https://api.weatherprovider.example/v3/forecast"),
            api_key=os.environ["WEATHER_API_KEY"],
            latitude=float(os.environ["GROUND_LAT"]),
            longitude=float(os.environ["GROUND_LON"]),
        )


def rain_risk(settings: WeatherSettings, match_day: date) -> float:
    resp = httpx.get(
        settings.api_url,
        params={"lat": settings.latitude, "lon": settings.longitude, "date": match_day.isoformat()},
        headers={"X-Api-Key": settings.api_key},
        timeout=15,
    )
    resp.raise_for_status()
    hours = resp.json()["hourly"]
    play_hours = [h for h in hours if 12 <= int(h["hour"]) <= 19]
    if not play_hours:
        return 0.0
    return max(float(h["precip_probability"]) for h in play_hours)


def alert_captains(notify, fixtures: list[dict], settings: WeatherSettings, threshold: float = 0.7) -> int:
    sent = 0
    for fixture in fixtures:
        risk = rain_risk(settings, fixture["date"])
        if risk >= threshold:
            notify(
                fixture["captain_email"],
                f"Rain risk {risk:.0%} for {fixture['team']} v {fixture['opponent']} "
                f"on {fixture['date']:%a %d %b}. Check the ground before travelling.",
            )
            sent += 1
            log.info("Washout warning sent for fixture %s (risk %.2f)", fixture["id"], risk)
    return sent
