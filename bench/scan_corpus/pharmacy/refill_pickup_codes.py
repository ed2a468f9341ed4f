"""Pickup codes for the after-hours prescription lockers.

When a filled order is placed in a locker the patient receives a six digit
code by SMS. The code plus the date of birth on the order opens the locker.
"""
import random
import string
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from lockers.models import LockerAssignment
from notifications.sms import send_sms

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=72)


def _new_code() -> str:
    return "".join(random.choices(string.digits, k=CODE_LENGTH))


@transaction.atomic
def assign_locker(order, locker) -> LockerAssignment:
    """Reserve a locker for a filled order and text the patient their code."""
    assignment = LockerAssignment.objects.create(
        order=order,
        locker=locker,
        pickup_code=_new_code(),
        expires_at=timezone.now() + CODE_TTL,
    )
    locker.mark_occupied()
    transaction.on_commit(
        lambda: send_sms(
            order.patient.mobile_number,
            f"Your prescription is ready in locker {locker.label}. "
            f"Pickup code: {assignment.pickup_code}",
        )
    )
    return assignment


def release_expired() -> int:
    expired = LockerAssignment.objects.filter(expires_at__lt=timezone.now(), picked_up=False)
    count = 0
    for assignment in expired.select_related("locker"):
        assignment.locker.mark_free()
        assignment.delete()
        count += 1
    return count
