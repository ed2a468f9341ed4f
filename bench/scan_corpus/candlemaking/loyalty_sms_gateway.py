"""Sends loyalty reward texts ("you have 500 points - a free wax melt awaits")."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("loyalty.sms")


@dataclass(frozen=True)
class SmsSettings:
    api_url: str
    account_sid: str
    auth_token: str = field(repr=False)
    sender: str = "GlowCandle"

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            api_url=os.environ["SMS_API_URL"].rstrip("/"),
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
            sender=os.environ.get("SMS_SENDER", "GlowCandle"),
        )


def _mask_phone(number: str) -> str:
    return f"{number[:3]}•••{number[-2:]}" if len(number) > 6 else "•••"


class RewardTexter:
    def __init__(self, settings: SmsSettings) -> None:
        self.settings = settings
        self.client = httpx.Client(
            base_url=settings.api_url,
            auth=(settings.account_sid, settings.auth_token),
            timeout=10.0,
        )

    def send(self, phone: str, body: str) -> str:
        resp = self.client.post(
            f"/Accounts/{self.settings.account_sid}/Messages.json",
            data={"From": self.settings.sender, "To": phone, "Body": body},
        )
        if resp.is_error:
            log.warning("reward text to %s rejected (HTTP %s)", _mask_phone(phone), resp.status_code)
            resp.raise_for_status()
        message_id = resp.json()["sid"]
        log.info("reward text %s queued for %s via account %s",
                 message_id, _mask_phone(phone), self.settings.account_sid)
        return message_id

    def points_milestone(self, phone: str, first_name: str, points: int) -> str:
        body = (f"Hi {first_name}, you now have {points} Glow points - "
                "show this text in store for a free wax melt. Reply STOP to opt out.")
        return self.send(phone, body)
