"""Confirmation codes for saddle fitting appointments.

When an owner books a fitter visit the yard address, horse details and
slot are stored and a short booking reference is emailed out. The
reference plus the owner's surname lets them reschedule or cancel the
visit without signing in.
"""
import random
import string
from datetime import datetime
from email.message import EmailMessage
import smtplib

from django.conf import settings
from django.db import transaction

from fittings.models import FittingAppointment

REFERENCE_ALPHABET = string.ascii_uppercase + string.digits
REFERENCE_LENGTH = 8


def _reference(length: int = REFERENCE_LENGTH) -> str:
    return "".join(random.choices(REFERENCE_ALPHABET, k=length))


def _unique_reference() -> str:
    while True:
        ref = _reference()
        if not FittingAppointment.objects.filter(reference=ref).exists():
            return ref


def _send_confirmation(appt: FittingAppointment) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Saddle fitting booked for {appt.horse_name}"
    msg["From"] = settings.WORKSHOP_EMAIL
    msg["To"] = appt.owner_email
    msg.set_content(
        f"Hello {appt.owner_name},\n\n"
        f"Your fitter will visit {appt.yard_name} on {appt.slot:%A %d %B at %H:%M}.\n"
        f"Booking reference: {appt.reference}\n"
        "Use this reference with your surname to change or cancel the visit.\n"
    )
    with smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT) as smtp:
        smtp.starttls()
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        smtp.send_message(msg)


@transaction.atomic
def book_fitting(owner, horse, yard, slot: datetime, fitter_id: int) -> FittingAppointment:
    appt = FittingAppointment.objects.create(
        owner=owner,
        owner_name=owner.full_name,
        owner_email=owner.email,
        horse_name=horse.name,
        yard_name=yard.name,
        slot=slot,
        fitter_id=fitter_id,
        reference=_unique_reference(),
    )
    transaction.on_commit(lambda: _send_confirmation(appt))
    return appt
