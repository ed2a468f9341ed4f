"""Sends membership renewal reminders through the rink's transactional mail API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import httpx

log = logging.getLogger("membership.renewals")


def _fingerprint(secret: str) -> str:
    return f"…{secret[-4:]}" if len(secret) > 8 else "…"


@dataclass(frozen=True)
class MailSettings:
    api_url: str
    api_key: str
    sender: str


@dataclass(frozen=True)
class Renewal:
    membership_no: str
    email: str
    first_name: str
    expires: date
    tier: str


def settings_from_env() -> MailSettings:
    return MailSettings(
        api_url=os.environ["MAIL_API_URL"],
        api_key=os.environ["MAIL_API_KEY"],
        sender=os.environ.get("MAIL_SENDER", "membership@localhost"),
    )


def send_reminders(renewals: Iterable[Renewal], settings: MailSettings) -> int:
    log.info(
        "sending renewal reminders via %s with key %s",
        settings.api_url,
        _fingerprint(settings.api_key),
    )
    sent = 0
    headers = {"Authorization": f"Bearer {settings.api_key}"}
    with httpx.Client(headers=headers, timeout=20) as client:
        for r in renewals:
            resp = client.post(
                settings.api_url,
                json={
                    "from": settings.sender,
                    "to": r.email,
                    "template": "membership-renewal",
                    "vars": {
                        "first_name": r.first_name,
                        "tier": r.tier,
                        "expires": r.expires.isoformat(),
                    },
                },
            )
            if resp.is_success:
                sent += 1
            else:
                log.warning("renewal mail for %s failed: %s", r.membership_no, resp.status_code)
    return sent
