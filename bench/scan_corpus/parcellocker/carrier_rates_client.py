"""Query carrier partners for return-shipping rates shown in the recipient app."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import httpx
from pydantic import AnyHttpUrl, BaseModel, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class CarrierRatesSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CARRIER_RATES_", env_file=".env")

    base_url: AnyHttpUrl
    api_key: SecretStr
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    timeout_s: float = 8.0


class RateQuote(BaseModel):
    carrier: str
    service: str
    amount: Decimal
    currency: str
    eta_days: int


@lru_cache(maxsize=1)
def get_settings() -> CarrierRatesSettings:
    return CarrierRatesSettings()


def _client(cfg: CarrierRatesSettings) -> httpx.Client:
    return httpx.Client(
        base_url=str(cfg.base_url),
        headers={"X-Api-Key": cfg.api_key.get_secret_value()},
        timeout=cfg.timeout_s,
        verify=cfg.ca_bundle,
    )


def quote_return(locker_id: str, weight_g: int, dest_postcode: str) -> list[RateQuote]:
    cfg = get_settings()
    with _client(cfg) as client:
        resp = client.get(
            "/v1/rates",
            params={"origin_locker": locker_id, "weight": weight_g, "dest": dest_postcode},
        )
        resp.raise_for_status()
        return [RateQuote(**row) for row in resp.json()["quotes"]]
