"""Send customers an SMS the day before an installer crew arrives on site."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)

TWILIO_ACCOUNT_SID = "AC3f9b2d7e41c8a05b6d92e0f1a7c4b8d3"
TWILIO_AUTH_TOKEN = "9d41e7c2b80f3a65d1e7c94b2a0f6e83"
SENDER_NUMBER = "+447700900123"


@dataclass
class InstallVisit:
    job_id: int
    customer_name: str
    customer_phone: str
    site_address: str
    window_start: datetime
    crew: str


def _message_for(visit: InstallVisit) -> str:
    when = visit.window_start.strftime("%A %d %B from %H:%M")
    return (
        f"Hi {visit.customer_name}, our {visit.crew} crew will be at "
        f"{visit.site_address} on {when} to fit your signage. "
        "Reply C to confirm or R to rearrange."
    )


class ReminderSender:
    def __init__(self) -> None:
        self.client = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)

    def send(self, visit: InstallVisit) -> str | None:
        try:
            msg = self.client.messages.create(
                to=visit.customer_phone,
                from_=SENDER_NUMBER,
                body=_message_for(visit),
            )
        except TwilioRestException as exc:
            log.error("reminder for job %s failed: %s", visit.job_id, exc.msg)
            return None
        log.info("sent install reminder for job %s (%s)", visit.job_id, msg.sid)
        return msg.sid


def send_tomorrows_reminders(visits: list[InstallVisit], today: date | None = None) -> int:
    today = today or date.today()
    tomorrow = today + timedelta(days=1)
    sender = ReminderSender()
    sent = 0
    for visit in visits:
        if visit.window_start.date() == tomorrow and sender.send(visit):
            sent += 1
    return sent
