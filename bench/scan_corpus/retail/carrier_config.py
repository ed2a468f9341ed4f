"""Configuration for the carrier-aggregator integration used for shipping quotes."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

API_URL_ENV = "SHIPPING_API_URL"
API_TOKEN_ENV = "SHIPPING_API_TOKEN"
DEFAULT_CARRIERS = ("usps", "ups", "fedex", "dhl_express")


class CarrierConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class CarrierConfig:
    api_url: str
    api_token: str = field(repr=False)
    carriers: tuple[str, ...] = DEFAULT_CARRIERS
    quote_timeout: float = 8.0

    @property
    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"ShippoToken {self.api_token}"}

    @classmethod
    def from_env(cls) -> "CarrierConfig":
        token = os.environ.get(API_TOKEN_ENV)
        url = os.environ.get(API_URL_ENV)
        if not token or not url:
            raise CarrierConfigError(f"{API_URL_ENV} and {API_TOKEN_ENV} must both be set")
        carriers = os.environ.get("SHIPPING_CARRIERS")
        return cls(
            api_url=url.rstrip("/"),
            api_token=token,
            carriers=tuple(c.strip() for c in carriers.split(",")) if carriers else DEFAULT_CARRIERS,
        )
