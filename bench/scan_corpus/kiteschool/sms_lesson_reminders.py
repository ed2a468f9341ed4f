"""Sends SMS reminders the evening before a lesson when the wind forecast is rideable."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable

import requests

log = logging.getLogger(__name__)


class SmsGatewaySettings:
    endpoint = "https://api.textlane.example/v1/messages"
    account_sid = "AC4f9b2e71c03d5a88e6b1f0927c4d3a15"
    auth_token = "9e2c7b41d8f05a63c1e4b7a290d8f6e3"
    sender = "KiteSchool"


@dataclass
class Reminder:
    phone: str
    student_name: str
    spot: str
    start_time: str
    wind_kn: int


class SmsReminderService:
    def __init__(self, settings: type[SmsGatewaySettings] = SmsGatewaySettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.auth = (settings.account_sid, settings.auth_token)

    def _body(self, r: Reminder) -> str:
        return (
            f"Hi {r.student_name}, your kite lesson at {r.spot} starts {r.start_time} tomorrow. "
            f"Forecast {r.wind_kn} kn. Reply STOP to opt out."
        )

    def send_all(self, reminders: Iterable[Reminder]) -> int:
        sent = 0
        for r in reminders:
            resp = self.session.post(
                self.settings.endpoint,
                data={"From": self.settings.sender, "To": r.phone, "Body": self._body(r)},
                timeout=10,
            )
            if resp.ok:
                sent += 1
            else:
                log.warning("reminder to %s failed with %s", r.phone[-4:], resp.status_code)
        return sent
