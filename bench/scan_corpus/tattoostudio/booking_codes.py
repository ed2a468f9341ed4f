"""Manage-booking codes emailed to clients.

Clients who book without an account get a short code that, together with
their email address, lets them reschedule or cancel a consultation.
"""
import random as rnd
import string
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from bookings.models import Consultation, ManageCode

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(days=30)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(rnd.choices(CODE_ALPHABET, k=length))


def issue_manage_code(booking: Consultation) -> str:
    """Create (or replace) the manage-booking code for a consultation."""
    for _ in range(5):
        code = _new_code()
        try:
            with transaction.atomic():
                ManageCode.objects.filter(booking=booking).delete()
                ManageCode.objects.create(
                    booking=booking,
                    code=code,
                    expires_at=timezone.now() + CODE_TTL,
                )
            return code
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a unique manage code")


def lookup(email: str, code: str):
    return (
        ManageCode.objects.select_related("booking")
        .filter(
            booking__client_email__iexact=email,
            code=code.strip().upper(),
            expires_at__gt=timezone.now(),
        )
        .first()
    )
