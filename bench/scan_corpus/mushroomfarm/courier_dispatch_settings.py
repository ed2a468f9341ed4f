"""Settings for the refrigerated courier integration that delivers restaurant orders."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class CourierSettings:
    api_url: str = field(default_factory=lambda: _required("COURIER_API_URL"))
    api_key: str = field(default_factory=lambda: _required("COURIER_API_KEY"), repr=False)
    webhook_secret: str = field(
        default_factory=lambda: _required("COURIER_WEBHOOK_SECRET"), repr=False
    )
    api_key_header: str = "X-Courier-Key"
    password_reset_path: str = "/account/password/reset"
    default_temperature_band: str = "chilled_2_4c"
    request_timeout: float = 10.0

    def auth_headers(self) -> dict[str, str]:
        return {self.api_key_header: self.api_key}


@lru_cache(maxsize=1)
def get_settings() -> CourierSettings:
    return CourierSettings()


def dispatch_payload(order_id: str, restaurant: str, kilograms: float) -> dict[str, object]:
    s = get_settings()
    return {
        "reference": order_id,
        "consignee": restaurant,
        "weight_kg": round(kilograms, 2),
        "temperature_band": s.default_temperature_band,
    }
