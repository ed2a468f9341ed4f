"""Sends SMS reminders the evening before a booked session.

The reminder carries the meeting time, the waiver link if any guest on
the booking has not signed yet, and the closure notice when the weather
job has already cancelled the session.
"""
import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import create_engine, text
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str = field(default_factory=lambda: os.environ["TWILIO_ACCOUNT_SID"])
    auth_token: str = "9c41e7b2a85d3f06e1b4c7a92d5f8e30"
    from_number: str = field(default_factory=lambda: os.environ["ZP_SMS_FROM_NUMBER"])
    database_url: str = field(default_factory=lambda: os.environ["ZP_DATABASE_URL"])


REMINDER_TEMPLATE = (
    "Treetop Adventure Park: see you tomorrow at {meet_time} for {course}. "
    "Please arrive 20 minutes early in closed shoes.{waiver}"
)
CLOSED_TEMPLATE = "Treetop Adventure Park: {course} tomorrow is closed due to {reason}. We will contact you to rebook."


class ReminderService:
    def __init__(self, settings: SmsSettings | None = None) -> None:
        self._settings = settings or SmsSettings()
        self._client = Client(self._settings.account_sid, self._settings.auth_token)
        self._engine = create_engine(self._settings.database_url)

    def _bookings_for(self, day: date):
        with self._engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT b.ref, b.lead_phone, b.meet_time, c.name AS course, c.status, "
                    "c.closed_reason, b.waiver_link, b.waivers_signed < b.party_size AS waivers_missing "
                    "FROM bookings b JOIN courses c ON c.id = b.course_id "
                    "WHERE b.session_date = :day AND b.status = 'confirmed' AND b.sms_opt_in"
                ),
                {"day": day},
            ).mappings().all()

    def _body(self, row) -> str:
        if row["status"] == "closed":
            return CLOSED_TEMPLATE.format(course=row["course"], reason=row["closed_reason"])
        waiver = f" Sign your waiver: {row['waiver_link']}" if row["waivers_missing"] else ""
        return REMINDER_TEMPLATE.format(meet_time=row["meet_time"].strftime("%H:%M"), course=row["course"], waiver=waiver)

    def send_for_tomorrow(self) -> int:
        sent = 0
        for row in self._bookings_for(date.today() + timedelta(days=1)):
            try:
                self._client.messages.create(to=row["lead_phone"], from_=self._settings.from_number, body=self._body(row))
                sent += 1
            except TwilioRestException as exc:
                log.warning("reminder for booking %s failed: %s", row["ref"], exc.msg)
        return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("sent %d reminders", ReminderService().send_for_tomorrow())
