"""Sends SMS reminders to visitors the day before their booked distillery tour."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import httpx

log = logging.getLogger(__name__)


def mask_phone(number: str) -> str:
    digits = number.strip()
    return digits[:3] + "*" * max(len(digits) - 6, 0) + digits[-3:]


@dataclass(frozen=True)
class SmsSettings:
    base_url: str
    account_sid: str
    auth_token: str
    sender: str = "LavndrFarm"

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            base_url=os.environ["SMS_API_BASE"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
        )


class ReminderSender:
    def __init__(self, settings: SmsSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            auth=(settings.account_sid, settings.auth_token),
            timeout=10.0,
        )

    def send(self, phone: str, text: str) -> str | None:
        resp = self._client.post(
            f"/Accounts/{self._settings.account_sid}/Messages.json",
            data={"From": self._settings.sender, "To": phone, "Body": text},
        )
        if resp.is_error:
            log.warning(
                "sms to %s rejected: HTTP %s %s",
                mask_phone(phone),
                resp.status_code,
                resp.json().get("code", "?"),
            )
            return None
        sid = resp.json()["sid"]
        log.info("sms %s queued for %s", sid, mask_phone(phone))
        return sid

    def remind_tomorrow(self, bookings) -> int:
        tomorrow = date.today() + timedelta(days=1)
        sent = 0
        for booking in bookings:
            if booking.tour_date != tomorrow or not booking.phone:
                continue
            text = (
                f"Hi {booking.first_name}, see you tomorrow at {booking.slot:%H:%M} "
                "for the distillery tour. Reply STOP to opt out."
            )
            if self.send(booking.phone, text):
                sent += 1
        log.info("sent %d tour reminders for %s", sent, tomorrow)
        return sent
