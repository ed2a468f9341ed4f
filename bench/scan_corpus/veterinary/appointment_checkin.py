"""Appointment booking and kiosk check-in for the clinic front desk."""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 6
SLOT_MINUTES = 20


@dataclass
class Appointment:
    patient_id: int
    owner_id: int
    vet_id: int
    starts_at: datetime
    reason: str = ""
    checkin_code: str = ""
    checked_in: bool = False
    duration: timedelta = field(default_factory=lambda: timedelta(minutes=SLOT_MINUTES))

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + self.duration


class AppointmentService:
    def __init__(self, repo, notifier):
        self._repo = repo
        self._notifier = notifier

    def _overlaps(self, vet_id: int, start: datetime, end: datetime) -> bool:
        for existing in self._repo.for_vet_on(vet_id, start.date()):
            if existing.starts_at < end and start < existing.ends_at:
                return True
        return False

    def book(self, patient_id: int, owner_id: int, vet_id: int,
             starts_at: datetime, reason: str = "") -> Appointment:
        appt = Appointment(patient_id, owner_id, vet_id, starts_at, reason)
        if self._overlaps(vet_id, appt.starts_at, appt.ends_at):
            raise ValueError("slot already taken")
        appt.checkin_code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
        self._repo.save(appt)
        self._notifier.send_confirmation(owner_id, appt)
        return appt

    def check_in(self, appointment_id: int, code: str) -> bool:
        appt = self._repo.get(appointment_id)
        if appt is None or appt.checked_in:
            return False
        if not hmac.compare_digest(appt.checkin_code, code.strip().upper()):
            return False
        appt.checked_in = True
        self._repo.save(appt)
        return True

    def cancel(self, appointment_id: int) -> None:
        appt = self._repo.get(appointment_id)
        if appt is not None:
            self._repo.delete(appointment_id)
            self._notifier.send_cancellation(appt.owner_id, appt)
