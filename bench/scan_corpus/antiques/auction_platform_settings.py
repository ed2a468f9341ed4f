"""Central runtime configuration for the auction storefront services."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


def _flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class PaymentSettings:
    publishable_key: str = field(default_factory=lambda: _env("PAYMENTS_PUBLISHABLE_KEY"))
    secret_key: str = field(default_factory=lambda: _env("PAYMENTS_SECRET_KEY"))
    webhook_secret: str = field(default_factory=lambda: _env("PAYMENTS_WEBHOOK_SECRET"))


@dataclass(frozen=True)
class StorageSettings:
    photo_bucket: str = field(default_factory=lambda: _env("PHOTO_BUCKET", "lot-photography"))
    provenance_bucket: str = field(default_factory=lambda: _env("PROVENANCE_BUCKET", "provenance-archive"))


@dataclass(frozen=True)
class PlatformSettings:
    environment: str = field(default_factory=lambda: _env("STOREFRONT_ENV", "production"))
    debug: bool = field(default_factory=lambda: _flag("STOREFRONT_DEBUG"))
    database_url: str = field(default_factory=lambda: _env("DATABASE_URL"))
    session_secret: str = field(default_factory=lambda: _env("SESSION_SECRET"))
    buyers_premium_rate: float = 0.25
    payments: PaymentSettings = field(default_factory=PaymentSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)

    def describe(self) -> dict[str, object]:
        return {
            "environment": self.environment,
            "debug": self.debug,
            "buyers_premium_rate": self.buyers_premium_rate,
            "photo_bucket": self.storage.photo_bucket,
        }


@lru_cache(maxsize=1)
def get_settings() -> PlatformSettings:
    return PlatformSettings()
