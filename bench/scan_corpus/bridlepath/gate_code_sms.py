"""Text riders the current gate code for a route they have booked to use.

Codes go out by SMS through Twilio the evening before the booked date.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("gates.sms")


@dataclass(frozen=True)
class TwilioCredentials:
    account_sid: str
    auth_token: str
    from_number: str

    @classmethod
    def from_env(cls) -> "TwilioCredentials":
        return cls(
            account_sid=os.environ["TWILIO_ACCOUNT_SID"],
            auth_token=os.environ["TWILIO_AUTH_TOKEN"],
            from_number=os.environ["TWILIO_FROM_NUMBER"],
        )


class GateCodeTexter:
    def __init__(self, creds: TwilioCredentials | None = None):
        self.creds = creds or TwilioCredentials.from_env()
        self.url = (
            f"https://api.twilio.com/2010-04-01/Accounts/{self.creds.account_sid}/Messages.json"
        )

    def _send(self, to_number: str, body: str) -> str:
        resp = requests.post(
            self.url,
            data={"From": self.creds.from_number, "To": to_number, "Body": body},
            auth=(self.creds.account_sid, self.creds.auth_token),
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["sid"]

    def send_code(self, booking) -> str:
        body = (
            f"Bridlepath Trust: gate code for {booking.route.name} on "
            f"{booking.ride_date:%a %d %b} is {booking.gate_code}. "
            "Please close every gate behind you."
        )
        sid = self._send(booking.rider.mobile, body)
        log.info("gate code SMS queued for booking %s (%s)", booking.id, sid)
        return sid

    def send_batch(self, bookings) -> int:
        sent = 0
        for booking in bookings:
            try:
                self.send_code(booking)
                sent += 1
            except requests.HTTPError as exc:
                log.warning("SMS failed for booking %s: %s", booking.id, exc.response.status_code)
        return sent
