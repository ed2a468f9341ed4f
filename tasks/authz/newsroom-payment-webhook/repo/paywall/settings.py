# Copyright {{ year }} {{ org_name }}
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    webhook_secret: str
    # Payrail retries for up to three days, but each delivery is freshly signed.
    signature_tolerance_s: int = 300
    currency: str = "{{ currency }}"
    site_url: str = "https://www.{{ org_domain }}"
    timezone: str = "{{ timezone }}"

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(webhook_secret=os.environ.get("PAYWALL_WEBHOOK_SECRET", ""))
