"""Send class-booking confirmations by SMS through the messaging provider."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime

import requests

log = logging.getLogger("bookings.notifier")


def _mask(value: str, keep: int = 4) -> str:
    return "*" * max(0, len(value) - keep) + value[-keep:]


@dataclass(frozen=True)
class SmsSettings:
    api_url: str
    account_sid: str
    auth_token: str = field(repr=False)
    sender: str = "LaceCoop"

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            api_url=os.environ["SMS_API_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
        )


@dataclass
class Booking:
    booking_ref: str
    member_name: str
    phone: str
    class_title: str
    starts_at: datetime


class BookingNotifier:
    def __init__(self, settings: SmsSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.auth = (settings.account_sid, settings.auth_token)

    def _text(self, booking: Booking) -> str:
        when = booking.starts_at.strftime("%a %d %b, %H:%M")
        return (f"Hello {booking.member_name}, your place on '{booking.class_title}' "
                f"on {when} is confirmed (ref {booking.booking_ref}). Bring your pillow!")

    def confirm(self, booking: Booking) -> bool:
        log.info(
            "sending confirmation for %s to %s via account %s",
            booking.booking_ref, _mask(booking.phone), self._settings.account_sid,
        )
        try:
            resp = self._session.post(
                self._settings.api_url,
                data={"From": self._settings.sender, "To": booking.phone, "Body": self._text(booking)},
                timeout=10,
            )
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("SMS for booking %s failed: %s", booking.booking_ref, type(exc).__name__)
            return False
        log.debug("SMS accepted for %s: %s", booking.booking_ref, resp.json().get("sid"))
        return True
