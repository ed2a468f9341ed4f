"""Sends appointment reminders and "technician on the way" texts to customers."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


def mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * (len(secret) - visible) + secret[-visible:]


@dataclass(frozen=True)
class SmsSettings:
    base_url: str
    account_sid: str
    auth_token: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            base_url=os.environ["SMS_API_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
            sender=os.environ.get("SMS_SENDER", "PestGuard"),
        )


class SmsClient:
    def __init__(self, settings: SmsSettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.auth = (settings.account_sid, settings.auth_token)
        log.info("SMS client ready for account %s (token %s)",
                 settings.account_sid, mask(settings.auth_token))

    def send(self, to: str, body: str) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/Accounts/{self.settings.account_sid}/Messages.json",
            data={"From": self.settings.sender, "To": to, "Body": body},
            timeout=10,
        )
        if resp.status_code >= 400:
            log.error("SMS send to %s failed with HTTP %s", to[-4:], resp.status_code)
            resp.raise_for_status()
        return resp.json()["sid"]

    def appointment_reminder(self, to: str, customer: str, window: str) -> str:
        return self.send(to, f"Hi {customer}, your pest control visit is booked for {window}. "
                             "Reply C to confirm.")

    def on_the_way(self, to: str, technician: str, eta_minutes: int) -> str:
        return self.send(to, f"{technician} is on the way and should arrive in "
                             f"about {eta_minutes} minutes.")
