"""Settings and HTTP client for the TAF forecast provider used in charter go/no-go checks."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ForecastFeedSettings(BaseSettings):
    """Loaded from HELI_WX_* variables injected by the deployment."""

    model_config = SettingsConfigDict(env_prefix="HELI_WX_", extra="ignore")

    taf_base_url: AnyHttpUrl
    api_token: SecretStr
    ca_bundle: str = Field(default="/etc/ssl/certs/ca-certificates.crt")
    timeout_s: float = 8.0


class TafClient:
    def __init__(self, settings: ForecastFeedSettings | None = None) -> None:
        self.settings = settings or ForecastFeedSettings()
        self._http = httpx.Client(
            base_url=str(self.settings.taf_base_url),
            verify=self.settings.ca_bundle,
            timeout=self.settings.timeout_s,
            headers={"Authorization": f"Bearer {self.settings.api_token.get_secret_value()}"},
        )

    def forecast(self, station: str) -> dict[str, Any]:
        resp = self._http.get(f"/taf/{station}", params={"decoded": "true"})
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._http.close()


def ceiling_below(forecast: dict[str, Any], minimum_ft: int, until: datetime) -> bool:
    for period in forecast.get("periods", []):
        if datetime.fromisoformat(period["from"]) > until:
            break
        ceiling = period.get("ceiling_ft")
        if ceiling is not None and ceiling < minimum_ft:
            return True
    return False


if __name__ == "__main__":
    client = TafClient()
    try:
        taf = client.forecast("EGLC")
        print("below minima:", ceiling_below(taf, 600, datetime.fromisoformat(taf["valid_to"])))
    finally:
        client.close()
