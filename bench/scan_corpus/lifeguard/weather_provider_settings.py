"""Settings and client for the marine weather provider used in tower briefings."""

from __future__ import annotations

from typing import Dict

import httpx
from pydantic import HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class MarineWeatherSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MARINE_WX_", env_file=None)

    base_url: HttpUrl
    api_key: SecretStr
    api_key_header: str = "X-Api-Key"
    timeout_s: float = 8.0


class MarineWeatherClient:
    def __init__(self, settings: MarineWeatherSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(base_url=str(settings.base_url), timeout=settings.timeout_s)

    def _headers(self) -> Dict[str, str]:
        return {self.settings.api_key_header: self.settings.api_key.get_secret_value()}

    def briefing(self, zone: str) -> Dict[str, object]:
        resp = self._http.get(f"/zones/{zone}/briefing", headers=self._headers())
        resp.raise_for_status()
        data = resp.json()
        return {
            "zone": zone,
            "wind_kt": data.get("wind", {}).get("speed_kt"),
            "swell_m": data.get("swell", {}).get("height_m"),
            "lightning_risk": data.get("lightning", "none"),
        }

    def close(self) -> None:
        self._http.close()


def morning_briefing(zones: list[str]) -> list[Dict[str, object]]:
    client = MarineWeatherClient(MarineWeatherSettings())
    try:
        return [client.briefing(zone) for zone in zones]
    finally:
        client.close()
