"""Settings for the Google Home / Alexa integrations, read from the environment."""
from __future__ import annotations

from functools import lru_cache

from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class AlexaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ALEXA_", env_file=".env", extra="ignore")

    skill_id: str
    client_id: str
    client_secret: SecretStr
    token_url: AnyHttpUrl = "https://api.amazon.com/auth/o2/token"
    report_state_interval_s: int = 300


class GoogleHomeSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GOOGLE_HOME_", env_file=".env", extra="ignore")

    project_id: str
    service_account_file: str
    request_sync_enabled: bool = True


class VoiceSettings(BaseSettings):
    alexa_enabled: bool = True
    google_enabled: bool = True

    def alexa(self) -> AlexaSettings:
        return AlexaSettings()

    def google(self) -> GoogleHomeSettings:
        return GoogleHomeSettings()


@lru_cache
def get_voice_settings() -> VoiceSettings:
    return VoiceSettings()
