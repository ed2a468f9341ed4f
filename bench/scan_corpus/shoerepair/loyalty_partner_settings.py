"""Settings and client for the coalition loyalty partner that awards points on repairs."""
from __future__ import annotations

from functools import lru_cache

import httpx
from pydantic import Field, HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class PartnerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LOYALTY_PARTNER_", env_file=".env", extra="ignore")

    base_url: HttpUrl
    merchant_id: str = Field(..., min_length=4)
    api_secret: SecretStr
    points_per_pound: int = 2
    timeout_s: float = 10.0


@lru_cache(maxsize=1)
def get_settings() -> PartnerSettings:
    return PartnerSettings()


class PartnerClient:
    def __init__(self, settings: PartnerSettings | None = None) -> None:
        self.settings = settings or get_settings()

    def _auth(self) -> dict[str, str]:
        return {
            "X-Merchant": self.settings.merchant_id,
            "Authorization": f"Bearer {self.settings.api_secret.get_secret_value()}",
        }

    def award(self, member_number: str, ticket_no: str, spend_pence: int) -> int:
        points = (spend_pence // 100) * self.settings.points_per_pound
        with httpx.Client(base_url=str(self.settings.base_url), timeout=self.settings.timeout_s) as client:
            resp = client.post(
                "/awards",
                headers=self._auth(),
                json={"member": member_number, "reference": ticket_no, "points": points},
            )
            resp.raise_for_status()
        return points

    def balance(self, member_number: str) -> int:
        with httpx.Client(base_url=str(self.settings.base_url), timeout=self.settings.timeout_s) as client:
            resp = client.get(f"/members/{member_number}/balance", headers=self._auth())
            resp.raise_for_status()
            return int(resp.json()["points"])
