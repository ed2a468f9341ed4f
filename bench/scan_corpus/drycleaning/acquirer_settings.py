"""Settings for the card acquirer integration used by shops and van card readers."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required environment variable {name}")
    return value


@dataclass(frozen=True)
class AcquirerSettings:
    merchant_id: str = field(default_factory=lambda: _required("ACQUIRER_MERCHANT_ID"))
    api_key: str = field(default_factory=lambda: _required("ACQUIRER_API_KEY"), repr=False)
    webhook_secret: str = field(default_factory=lambda: _required("ACQUIRER_WEBHOOK_SECRET"), repr=False)
    base_url: str = field(default_factory=lambda: os.environ.get("ACQUIRER_BASE_URL", "https://api.payfront.com"))
    currency: str = "GBP"
    capture_delay_hours: int = 0

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}", "Payfront-Merchant": self.merchant_id}


@lru_cache(maxsize=1)
def get_settings() -> AcquirerSettings:
    return AcquirerSettings()


class AcquirerClientFactory:
    def __init__(self, settings: AcquirerSettings | None = None) -> None:
        self.settings = settings or get_settings()

    def session(self):
        import requests

        s = requests.Session()
        s.headers.update(self.settings.auth_headers())
        s.headers["Accept"] = "application/json"
        return s

    def payments_url(self, path: str) -> str:
        return f"{self.settings.base_url.rstrip('/')}/v3/{path.lstrip('/')}"
