"""Settings for the delivery service (partner pushes, receipts, payouts).

Secrets come from the environment, which the deployment fills from the
secrets manager. Nothing secret has a default: a missing value stops the
service at start-up instead of running with a placeholder.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


class ConfigError(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"environment variable {name} is required")
    return value


def _partner_secrets(prefix: str = "XW_WEBHOOK_SECRET_") -> dict[str, str]:
    return {
        key[len(prefix):].lower(): value
        for key, value in os.environ.items()
        if key.startswith(prefix) and value
    }


@dataclass(frozen=True)
class DeliverySettings:
    database_url: str = field(default_factory=lambda: _required("XW_DATABASE_URL"))
    payouts_api_key: str = field(default_factory=lambda: _required("XW_PAYOUTS_API_KEY"))
    payouts_base_url: str = field(default_factory=lambda: _required("XW_PAYOUTS_BASE_URL"))
    jwt_signing_key: str = field(default_factory=lambda: _required("XW_JWT_SIGNING_KEY"))
    webhook_secrets: dict[str, str] = field(default_factory=_partner_secrets)
    delivery_timeout: float = field(
        default_factory=lambda: float(os.environ.get("XW_DELIVERY_TIMEOUT", "60"))
    )
    max_retries: int = 4

    def __repr__(self) -> str:
        return (
            f"DeliverySettings(payouts_base_url={self.payouts_base_url!r}, "
            f"partners={sorted(self.webhook_secrets)}, timeout={self.delivery_timeout})"
        )


@lru_cache(maxsize=1)
def get_settings() -> DeliverySettings:
    return DeliverySettings()
