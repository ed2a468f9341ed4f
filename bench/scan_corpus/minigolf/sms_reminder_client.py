"""Sends day-before SMS reminders for tee-time and party bookings through Twilio."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmsGatewaySettings:
    account_sid: str = "AC4f9d2c1b7e8a6035c9d1e2f3a4b5c6d7"
    auth_token: str = "b71e9c04d2a35f68e19c7d40a2b6f853"
    from_number: str = "+447700900123"
    base_url: str = "https://api.twilio.com/2010-04-01"
    timeout: float = 10.0


@dataclass(frozen=True)
class Reminder:
    booking_ref: str
    phone: str
    venue_name: str
    starts_at: str
    players: int


class SmsReminderClient:
    def __init__(self, settings: SmsGatewaySettings | None = None) -> None:
        self.settings = settings or SmsGatewaySettings()
        self._session = requests.Session()
        self._session.auth = (self.settings.account_sid, self.settings.auth_token)

    def _messages_url(self) -> str:
        return f"{self.settings.base_url}/Accounts/{self.settings.account_sid}/Messages.json"

    @staticmethod
    def render(reminder: Reminder) -> str:
        return (
            f"Putt Palace {reminder.venue_name}: see you tomorrow at {reminder.starts_at} "
            f"for {reminder.players} players (ref {reminder.booking_ref}). Reply STOP to opt out."
        )

    def send(self, reminder: Reminder) -> str:
        resp = self._session.post(
            self._messages_url(),
            data={"From": self.settings.from_number, "To": reminder.phone, "Body": self.render(reminder)},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        sid = resp.json()["sid"]
        log.info("reminder for %s queued as %s", reminder.booking_ref, sid)
        return sid

    def send_all(self, reminders: Iterable[Reminder]) -> tuple[int, int]:
        sent = failed = 0
        for reminder in reminders:
            try:
                self.send(reminder)
                sent += 1
            except requests.RequestException as exc:
                log.warning("reminder for %s failed: %s", reminder.booking_ref, type(exc).__name__)
                failed += 1
        return sent, failed


def tomorrow() -> date:
    return date.today() + timedelta(days=1)
