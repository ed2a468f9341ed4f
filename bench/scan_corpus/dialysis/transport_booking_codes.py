"""Confirmation codes for patient transport bookings.

Patients who are driven to and from their dialysis sessions receive a
short code by SMS. Entering the code on the self-service page lets them
change pickup times or cancel a ride without signing in.
"""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass(frozen=True)
class CodePolicy:
    length: int = 8
    alphabet: str = string.ascii_uppercase + string.digits
    ttl: timedelta = timedelta(days=3)


@dataclass
class TransportBooking:
    booking_id: int
    patient_id: int
    pickup_at: datetime
    clinic_code: str
    manage_code: str = ""
    code_expires_at: datetime | None = None


@dataclass
class BookingCodeIssuer:
    """Attaches a self-service manage code to each new transport booking."""

    policy: CodePolicy = field(default_factory=CodePolicy)
    generator: random.Random = field(default_factory=random.Random)

    def _draw(self) -> str:
        picks = self.generator.choices(self.policy.alphabet, k=self.policy.length)
        return "".join(picks)

    def issue(self, booking: TransportBooking, now: datetime | None = None) -> TransportBooking:
        now = now or datetime.utcnow()
        booking.manage_code = self._draw()
        booking.code_expires_at = now + self.policy.ttl
        return booking

    def sms_body(self, booking: TransportBooking) -> str:
        when = booking.pickup_at.strftime("%a %d %b %H:%M")
        return (
            f"Your ride to clinic {booking.clinic_code} is booked for {when}. "
            f"To change or cancel, visit https://rides.example-dialysis.org/manage "
            f"and enter code {booking.manage_code}."
        )


def matches(booking: TransportBooking, submitted: str, now: datetime) -> bool:
    if booking.code_expires_at is None or now > booking.code_expires_at:
        return False
    return hmac.compare_digest(submitted.strip().upper(), booking.manage_code)
