# Copyright {{ year }} {{ org_name }}
"""Delivery defaults. Overridable per deployment through environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class DeliverySettings:
    timeout_seconds: float = 10.0
    max_attempts: int = 3
    backoff_seconds: float = 2.0
    user_agent: str = "shipevents/0.4 (+https://{{ org_domain }}/webhooks)"
    support_contact: str = "{{ contact_email }}"
    # Timestamps in payloads are UTC; this only affects log lines.
    display_timezone: str = "{{ timezone }}"

    @classmethod
    def from_env(cls) -> "DeliverySettings":
        return cls(
            timeout_seconds=float(os.environ.get("SHIPEVENTS_TIMEOUT", cls.timeout_seconds)),
            max_attempts=int(os.environ.get("SHIPEVENTS_MAX_ATTEMPTS", cls.max_attempts)),
            backoff_seconds=float(os.environ.get("SHIPEVENTS_BACKOFF", cls.backoff_seconds)),
        )
