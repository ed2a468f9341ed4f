"""Pre-flight wind check against the Open-Meteo hourly forecast."""
from dataclasses import dataclass

import httpx

FORECAST_URL = "https://api.open-meteo.com/v1/forecast"
HOURLY_FIELDS = "wind_speed_10m,wind_gusts_10m,wind_direction_10m,precipitation"


@dataclass(frozen=True)
class WindLimits:
    max_sustained_ms: float = 10.0
    max_gust_ms: float = 14.0
    max_precip_mm: float = 0.5


def hourly_forecast(lat: float, lon: float, hours: int = 6, client: httpx.Client | None = None) -> dict:
    params = {
        "latitude": round(lat, 4),
        "longitude": round(lon, 4),
        "hourly": HOURLY_FIELDS,
        "wind_speed_unit": "ms",
        "forecast_hours": hours,
        "timezone": "UTC",
    }
    owns_client = client is None
    client = client or httpx.Client(timeout=10.0)
    try:
        resp = client.get(FORECAST_URL, params=params)
        resp.raise_for_status()
        return resp.json()["hourly"]
    finally:
        if owns_client:
            client.close()


def go_no_go(lat: float, lon: float, limits: WindLimits = WindLimits()) -> tuple[bool, list[str]]:
    hourly = hourly_forecast(lat, lon)
    reasons = []
    for ts, wind, gust, rain in zip(
        hourly["time"], hourly["wind_speed_10m"], hourly["wind_gusts_10m"], hourly["precipitation"]
    ):
        if wind > limits.max_sustained_ms:
            reasons.append(f"{ts}: sustained wind {wind} m/s")
        if gust > limits.max_gust_ms:
            reasons.append(f"{ts}: gusts {gust} m/s")
        if rain > limits.max_precip_mm:
            reasons.append(f"{ts}: precipitation {rain} mm")
    return not reasons, reasons
