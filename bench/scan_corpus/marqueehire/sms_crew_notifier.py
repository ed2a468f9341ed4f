"""SMS notices to crew leads about changes to their run sheet.

When a planner moves a build, swaps a truck or adds a late extra (heaters,
a second generator) the crew lead gets a text so they load the right kit.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)

TWILIO_ACCOUNT_SID = "AC5f2e81c09d4b7a36e1f0c2d9b8a47e15"
TWILIO_AUTH_TOKEN = "9c1e4b7f20d85a3e6f1b0c9d2a7e84f3"
SENDER_ID = "MarqueeHire"


@dataclass
class RunSheetChange:
    crew_lead: str
    phone: str
    booking_ref: str
    summary: str


class CrewNotifier:
    def __init__(self, client: Client | None = None, sender: str = SENDER_ID) -> None:
        self._client = client or Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
        self._sender = sender

    @staticmethod
    def _body(change: RunSheetChange) -> str:
        text = f"Hi {change.crew_lead}, change to {change.booking_ref}: {change.summary}"
        return text[:300]

    def notify(self, change: RunSheetChange) -> str | None:
        try:
            message = self._client.messages.create(
                to=change.phone, from_=self._sender, body=self._body(change)
            )
        except TwilioRestException as exc:
            log.error("SMS to crew lead %s failed: %s", change.crew_lead, exc.msg)
            return None
        log.info("SMS %s sent to crew lead %s", message.sid, change.crew_lead)
        return message.sid

    def notify_all(self, changes: Iterable[RunSheetChange]) -> int:
        sent = 0
        for change in changes:
            if self.notify(change):
                sent += 1
        return sent
