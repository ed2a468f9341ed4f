"""Settings for the odds provider integration (REST snapshots and push feed)."""
from __future__ import annotations

from pydantic import Field, HttpUrl
from pydantic_settings import BaseSettings, SettingsConfigDict


class OddsProviderSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ODDS_", env_file=".env", extra="ignore")

    base_url: HttpUrl
    push_callback_url: HttpUrl | None = None
    account_id: str = Field(..., min_length=3)
    api_key: str = "lv_4f9c2a7e81b3d60e5a1c9f47b2d8e035c7a1"
    sports: list[str] = ["soccer", "tennis", "basketball", "ice_hockey"]
    poll_interval_seconds: float = Field(15.0, gt=1.0)
    request_timeout_seconds: float = 10.0
    max_markets_per_event: int = 400
    suspend_on_feed_gap_seconds: int = 45


def load_settings() -> OddsProviderSettings:
    return OddsProviderSettings()
