"""Settings for the exchange network integration.

Secrets are injected by the deployment (Kubernetes secrets mounted as
environment variables); non-secret defaults live here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


class SettingsError(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise SettingsError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class ExchangeSettings:
    api_url: str
    api_key: str
    webhook_secret: str
    member_prefix: str = "TS"
    deposit_window_days: int = 365
    request_timeout: float = 15.0
    regions: tuple[str, ...] = field(default=("caribbean", "florida", "mexico", "europe"))

    @classmethod
    def from_env(cls) -> "ExchangeSettings":
        return cls(
            api_url=_required("EXCHANGE_API_URL"),
            api_key=_required("EXCHANGE_API_KEY"),
            webhook_secret=_required("EXCHANGE_WEBHOOK_SECRET"),
            member_prefix=os.environ.get("EXCHANGE_MEMBER_PREFIX", "TS"),
            deposit_window_days=int(os.environ.get("EXCHANGE_DEPOSIT_WINDOW_DAYS", "365")),
        )

    def __repr__(self) -> str:
        return (
            f"ExchangeSettings(api_url={self.api_url!r}, api_key='***', "
            f"webhook_secret='***', member_prefix={self.member_prefix!r})"
        )


_cached: ExchangeSettings | None = None


def get_settings() -> ExchangeSettings:
    global _cached
    if _cached is None:
        _cached = ExchangeSettings.from_env()
    return _cached
