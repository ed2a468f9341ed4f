"""Day-before reminders to clients: crew arrival time and prep checklist.

Clients are asked to clear rooms, remove curtains and make sure there is
water and power available before the plasterers arrive.
"""
import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

import requests

log = logging.getLogger("reminders")

SMS_API = "https://api.textlocal.example/v2/send"


def mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


@dataclass
class Booking:
    job_ref: str
    client_name: str
    mobile: str
    arrival: str
    rooms: str


class ReminderSender:
    def __init__(self, api_key: str | None = None, sender: str = "PlasterPro"):
        self.api_key = api_key or os.environ["SMS_API_KEY"]
        self.sender = sender
        log.info("SMS reminders configured, key %s", mask(self.api_key))

    def _message(self, b: Booking) -> str:
        return (f"Hi {b.client_name}, your plasterers arrive tomorrow at {b.arrival} "
                f"for: {b.rooms}. Please clear the rooms and remove curtains. Ref {b.job_ref}")

    def send(self, booking: Booking) -> None:
        resp = requests.post(SMS_API, timeout=15, data={
            "apikey": self.api_key,
            "sender": self.sender,
            "numbers": booking.mobile,
            "message": self._message(booking),
        })
        if resp.ok:
            log.info("reminder sent for %s to %s", booking.job_ref, mask(booking.mobile, 3))
        else:
            log.warning("reminder for %s failed: HTTP %s", booking.job_ref, resp.status_code)

    def send_for_day(self, bookings: Iterable[Booking], day: date | None = None) -> int:
        day = day or date.today() + timedelta(days=1)
        count = 0
        for b in bookings:
            self.send(b)
            count += 1
        log.info("%d reminders processed for %s", count, day.isoformat())
        return count
