"""Vaccination and appointment reminder texts sent through Twilio."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)


@dataclass
class TwilioSettings:
    account_sid: str = field(default_factory=lambda: os.environ["TWILIO_ACCOUNT_SID"])
    auth_token: str = "e4b7c19a02d35f6e8a1b9c0d7f2e3a45"
    from_number: str = field(default_factory=lambda: os.environ["CLINIC_SMS_FROM"])
    dry_run: bool = False


class ReminderSender:
    def __init__(self, settings: TwilioSettings | None = None):
        self.settings = settings or TwilioSettings()
        self._client = Client(self.settings.account_sid, self.settings.auth_token)

    def _send(self, to: str, body: str) -> str | None:
        if self.settings.dry_run:
            log.info("dry-run SMS to %s: %s", to, body)
            return None
        try:
            msg = self._client.messages.create(to=to, from_=self.settings.from_number, body=body)
            return msg.sid
        except TwilioRestException as exc:
            log.warning("Twilio rejected reminder to %s: %s", to, exc.msg)
            return None

    def vaccination_due(self, owner, patient, vaccine: str, due: date) -> str | None:
        body = (f"Hi {owner.first_name}, {patient.name}'s {vaccine} booster is due on "
                f"{due:%d %b}. Reply BOOK or call us to arrange a visit.")
        return self._send(owner.mobile, body)

    def appointment_tomorrow(self, owner, appointment) -> str | None:
        body = (f"Reminder: {appointment.patient_name} has an appointment tomorrow at "
                f"{appointment.starts_at:%H:%M}. Reply C to cancel.")
        return self._send(owner.mobile, body)
