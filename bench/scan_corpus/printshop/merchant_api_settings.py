"""Settings for the paper merchant integration.

Values come from the environment (systemd EnvironmentFile on the app hosts,
the CI secret store in pipelines). Nothing secret is kept in this module.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

API_KEY_ENV = "PAPER_MERCHANT_API_KEY"
PASSWORD_ENV = "PAPER_MERCHANT_PORTAL_PASSWORD"
API_KEY_HEADER = "X-Api-Key"
TOKEN_PREFIX = "pmk_live_"


class MissingSetting(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"{name} is not set")
    return value


@dataclass(frozen=True)
class MerchantSettings:
    base_url: str
    account: str
    api_key: str
    portal_password: str
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "MerchantSettings":
        key = _require(API_KEY_ENV)
        if not key.startswith(TOKEN_PREFIX):
            raise MissingSetting(f"{API_KEY_ENV} does not look like a live merchant key")
        return cls(
            base_url=_require("PAPER_MERCHANT_URL"),
            account=_require("PAPER_MERCHANT_ACCOUNT"),
            api_key=key,
            portal_password=_require(PASSWORD_ENV),
        )

    def headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key, "Accept": "application/json"}

    def __repr__(self) -> str:
        return f"MerchantSettings(base_url={self.base_url!r}, account={self.account!r})"
