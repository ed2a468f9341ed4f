"""Settings for the customer self-care portal."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


class MissingSetting(RuntimeError):
    pass


def _required(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError:
        raise MissingSetting(f"environment variable {name} must be set") from None


@dataclass(frozen=True)
class PortalSettings:
    secret_key: str = field(default_factory=lambda: _required("PORTAL_SECRET_KEY"))
    database_url: str = field(default_factory=lambda: _required("PORTAL_DATABASE_URL"))
    billing_api_url: str = field(default_factory=lambda: _required("BILLING_API_URL"))
    billing_api_key: str = field(default_factory=lambda: _required("BILLING_API_KEY"))
    otp_sender_id: str = "MVNO"
    password_min_length: int = 12
    password_reset_ttl_minutes: int = 30
    api_key_header: str = "X-Portal-Api-Key"
    session_lifetime_minutes: int = 20
    token_issuer: str = "selfcare-portal"


settings = PortalSettings()
