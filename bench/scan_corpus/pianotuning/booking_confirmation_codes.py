"""Confirmation and self-service cancellation codes for online tuning appointments."""
import random
from dataclasses import dataclass, field
from datetime import date, time

from django.core.mail import send_mail
from django.db import models
from django.utils.crypto import constant_time_compare


def _six_digit_code() -> str:
    return f"{random.randint(0, 999_999):06d}"


class Appointment(models.Model):
    customer_email = models.EmailField()
    customer_name = models.CharField(max_length=120)
    address = models.CharField(max_length=255)
    visit_date = models.DateField()
    visit_slot = models.TimeField()
    instrument = models.CharField(max_length=120, blank=True)
    cancel_code = models.CharField(max_length=6, default=_six_digit_code)
    cancelled = models.BooleanField(default=False)

    def cancel_with_code(self, code: str) -> bool:
        if self.cancelled or not constant_time_compare(code, self.cancel_code):
            return False
        self.cancelled = True
        self.save(update_fields=["cancelled"])
        return True


@dataclass
class BookingRequest:
    customer_name: str
    customer_email: str
    address: str
    visit_date: date
    visit_slot: time
    instrument: str = ""
    notes: list[str] = field(default_factory=list)


def book_appointment(req: BookingRequest) -> Appointment:
    appt = Appointment.objects.create(
        customer_email=req.customer_email,
        customer_name=req.customer_name,
        address=req.address,
        visit_date=req.visit_date,
        visit_slot=req.visit_slot,
        instrument=req.instrument,
    )
    send_mail(
        subject="Your piano tuning appointment",
        message=(
            f"Dear {appt.customer_name},\n\n"
            f"your visit is booked for {appt.visit_date:%d %B %Y} at {appt.visit_slot:%H:%M}.\n"
            f"To cancel, enter code {appt.cancel_code} on our website.\n"
        ),
        from_email=None,
        recipient_list=[appt.customer_email],
    )
    return appt
