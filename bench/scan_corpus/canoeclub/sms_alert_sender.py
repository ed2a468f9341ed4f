"""Sends SMS alerts to trip participants.

Used by trip leaders to notify paddlers about cancellations, changed
meeting points or river level warnings.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Iterable

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str = field(default_factory=lambda: os.environ.get("TWILIO_ACCOUNT_SID", ""))
    auth_token: str = field(default="4c1f8e0a9b7d2356e3fa81c0d94b72e6", repr=False)
    from_number: str = field(default_factory=lambda: os.environ.get("CLUB_SMS_FROM", ""))
    api_base: str = field(
        default_factory=lambda: os.environ.get("TWILIO_API_BASE", "https://api.twilio.com/2010-04-01")
    )


class SmsAlertSender:
    def __init__(self, settings: TwilioSettings | None = None) -> None:
        self.settings = settings or TwilioSettings()
        self._session = requests.Session()
        self._session.auth = (self.settings.account_sid, self.settings.auth_token)

    def _messages_url(self) -> str:
        return f"{self.settings.api_base}/Accounts/{self.settings.account_sid}/Messages.json"

    def send(self, to_number: str, body: str) -> str:
        response = self._session.post(
            self._messages_url(),
            data={"From": self.settings.from_number, "To": to_number, "Body": body[:1600]},
            timeout=10,
        )
        response.raise_for_status()
        sid = response.json()["sid"]
        log.info("sms queued to %s (%s)", to_number[-4:].rjust(len(to_number), "*"), sid)
        return sid

    def broadcast(self, numbers: Iterable[str], body: str) -> dict[str, str]:
        results: dict[str, str] = {}
        for number in numbers:
            try:
                results[number] = self.send(number, body)
            except requests.RequestException as exc:
                log.warning("sms to participant failed: %s", exc.__class__.__name__)
                results[number] = "failed"
        return results


def notify_trip_cancelled(trip_name: str, date_text: str, numbers: Iterable[str]) -> dict[str, str]:
    sender = SmsAlertSender()
    message = (
        f"Riverside Paddlers: the {trip_name} trip on {date_text} is cancelled "
        "due to river conditions. Check the portal for the rescheduled date."
    )
    return sender.broadcast(numbers, message)
