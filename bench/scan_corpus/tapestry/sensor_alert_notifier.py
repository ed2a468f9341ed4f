"""Sends SMS alerts to the on-call conservator when storage RH drifts out of band."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("tapestry.alerts")


@dataclass(frozen=True)
class SmsSettings:
    api_url: str
    account_sid: str
    auth_token: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            api_url=os.environ["SMS_API_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
            sender=os.environ["SMS_SENDER"],
        )

    def __repr__(self) -> str:
        return f"SmsSettings(api_url={self.api_url!r}, account_sid={self.account_sid!r}, auth_token='***')"


class AlertNotifier:
    def __init__(self, settings: SmsSettings | None = None) -> None:
        self.settings = settings or SmsSettings.from_env()
        self.client = httpx.Client(timeout=10.0, auth=(self.settings.account_sid, self.settings.auth_token))

    def send(self, to_number: str, bay: str, rh: float) -> bool:
        body = f"Store alert: bay {bay} at {rh:.1f}% RH (band 45-55%). Please check the dehumidifier."
        log.info("sending RH alert for bay %s to on-call %s from %s",
                 bay, to_number[-4:].rjust(len(to_number), "*"), self.settings.sender)
        try:
            resp = self.client.post(
                f"{self.settings.api_url}/Accounts/{self.settings.account_sid}/Messages.json",
                data={"From": self.settings.sender, "To": to_number, "Body": body},
            )
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.error("SMS alert failed for bay %s: %s", bay, type(exc).__name__)
            return False
        return True
