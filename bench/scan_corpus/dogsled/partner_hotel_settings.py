"""Configuration for the partner hotel availability integration."""
from __future__ import annotations

from functools import lru_cache

import httpx
from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class PartnerHotelSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PARTNER_HOTEL_", env_file=".env", extra="ignore")

    base_url: AnyHttpUrl
    api_key: SecretStr
    client_secret: SecretStr
    client_id: str = "aurora-trails"
    token_path: str = "/oauth/token"
    timeout_s: float = 15.0


@lru_cache(maxsize=1)
def get_settings() -> PartnerHotelSettings:
    return PartnerHotelSettings()


class PartnerHotelClient:
    def __init__(self, settings: PartnerHotelSettings | None = None) -> None:
        self._settings = settings or get_settings()
        self._http = httpx.Client(base_url=str(self._settings.base_url), timeout=self._settings.timeout_s)
        self._token: str | None = None

    def _access_token(self) -> str:
        if self._token is None:
            resp = self._http.post(
                self._settings.token_path,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self._settings.client_id,
                    "client_secret": self._settings.client_secret.get_secret_value(),
                },
            )
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return self._token

    def room_availability(self, hotel_code: str, night: str) -> dict:
        resp = self._http.get(
            f"/hotels/{hotel_code}/availability",
            params={"night": night},
            headers={
                "Authorization": f"Bearer {self._access_token()}",
                "X-Api-Key": self._settings.api_key.get_secret_value(),
            },
        )
        resp.raise_for_status()
        return resp.json()
