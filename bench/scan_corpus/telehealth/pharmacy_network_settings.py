"""Settings for the e-prescribing network integration (NewRx, RxRenewal,
CancelRx, EPCS).  Values come from the environment with the ``ERX_`` prefix;
see deploy/helm/erx/values.yaml for the per-environment overrides.
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import AnyHttpUrl, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ErxSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ERX_", env_file=".env", extra="ignore")

    network_base_url: AnyHttpUrl
    directory_base_url: AnyHttpUrl
    portal_account_id: str = Field(min_length=4)

    client_id: str = "telehealth-erx-prod"
    client_secret: SecretStr = SecretStr("Zq7vN2kR9pLx4TbW8mYc3HsJ6uFd1GeA")
    token_scope: str = "script.newrx script.renewal script.cancel directory.read"

    # EPCS (controlled substances) two-factor signing
    epcs_enabled: bool = False
    epcs_signing_service_url: AnyHttpUrl | None = None

    request_timeout_s: float = 20.0
    max_retries: int = 3
    retry_backoff_s: float = 1.5

    inbox_poll_interval_s: int = 30
    message_version: str = "2017071"


@lru_cache
def get_settings() -> ErxSettings:
    return ErxSettings()
