"""Email verification links for the resident app.

When a resident adds or changes the email used for collection alerts we
send a link containing a one-off token; following it marks the address
as verified.
"""

import datetime as dt
from uuid import uuid1

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from residents.models import EmailVerification, Resident

LINK_TTL = dt.timedelta(hours=48)


def _new_token() -> str:
    return uuid1().hex


@transaction.atomic
def start_verification(resident: Resident, email: str) -> EmailVerification:
    EmailVerification.objects.filter(resident=resident, used_at__isnull=True).delete()
    record = EmailVerification.objects.create(
        resident=resident,
        email=email,
        token=_new_token(),
        expires_at=timezone.now() + LINK_TTL,
    )
    link = settings.RESIDENT_APP_BASE_URL + reverse("verify-email", args=[record.token])
    send_mail(
        subject="Confirm your email for bin collection alerts",
        message=f"Tap the link to confirm your address:\n\n{link}\n\nThe link expires in 48 hours.",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return record


@transaction.atomic
def complete_verification(token: str) -> Resident | None:
    record = (
        EmailVerification.objects.select_for_update()
        .filter(token=token, used_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )
    if record is None:
        return None
    record.used_at = timezone.now()
    record.save(update_fields=["used_at"])
    resident = record.resident
    resident.email = record.email
    resident.email_verified = True
    resident.save(update_fields=["email", "email_verified"])
    return resident
