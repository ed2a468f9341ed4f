"""Runtime configuration for the billing worker."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

API_KEY_HEADER = "X-Api-Key"
TOKEN_PATH = "/oauth2/token"
PASSWORD_RESET_TEMPLATE = "emails/password_reset.txt"
DEFAULT_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class BillingSettings:
    api_base_url: str
    api_key: str = field(repr=False)
    db_password: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    timeout_s: float = DEFAULT_TIMEOUT_S


@lru_cache(maxsize=1)
def get_settings() -> BillingSettings:
    return BillingSettings(
        api_base_url=os.environ["BILLING_API_URL"],
        api_key=os.environ["BILLING_API_KEY"],
        db_password=os.environ["BILLING_DB_PASSWORD"],
        webhook_secret=os.environ["BILLING_WEBHOOK_SECRET"],
        timeout_s=float(os.environ.get("BILLING_TIMEOUT_S", DEFAULT_TIMEOUT_S)),
    )
