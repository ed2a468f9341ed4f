"""Fetches stage weather forecasts shown to riders in the guide app each morning."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StageForecast:
    stage_id: int
    day: date
    temp_min_c: float
    temp_max_c: float
    rain_mm: float
    wind_kmh: float
    headwind: bool


class WeatherForecastClient:
    FORECAST_ENDPOINT = "http://10.42.7.19:8080/v2/point-forecast"

    def __init__(self, session: requests.Session | None = None, timeout_s: float = 8.0):
        self._session = session or requests.Session()
        self._timeout = timeout_s

    def _fetch(self, lat: float, lon: float, day: date) -> dict:
        resp = self._session.get(
            self.FORECAST_ENDPOINT,
            params={"lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "date": day.isoformat()},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()

    @staticmethod
    def _is_headwind(wind_from_deg: float, heading_deg: float) -> bool:
        delta = abs((wind_from_deg - heading_deg + 180) % 360 - 180)
        return delta < 60

    def stage_forecast(self, stage, day: date) -> StageForecast:
        data = self._fetch(stage.mid_lat, stage.mid_lon, day)
        return StageForecast(
            stage_id=stage.id,
            day=day,
            temp_min_c=data["temperature"]["min"],
            temp_max_c=data["temperature"]["max"],
            rain_mm=data["precipitation"]["sum"],
            wind_kmh=data["wind"]["speed"],
            headwind=self._is_headwind(data["wind"]["direction"], stage.heading_deg),
        )

    def tour_forecasts(self, stages, start: date) -> list[StageForecast]:
        out = []
        for offset, stage in enumerate(stages):
            try:
                out.append(self.stage_forecast(stage, date.fromordinal(start.toordinal() + offset)))
            except requests.RequestException as exc:
                log.warning("no forecast for stage %s: %s", stage.id, exc)
        return out
