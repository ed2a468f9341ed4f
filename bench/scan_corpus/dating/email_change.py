"""Confirm-your-new-email flow.

When a member changes their e-mail address we keep the old one active until
they click the link that is sent to the new address.
"""
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import EmailChangeRequest

CONFIRM_TTL = timedelta(hours=24)


def _new_confirmation_token() -> str:
    return uuid.uuid1().hex


@transaction.atomic
def request_email_change(user, new_email: str) -> EmailChangeRequest:
    EmailChangeRequest.objects.filter(user=user, confirmed_at__isnull=True).delete()
    change = EmailChangeRequest.objects.create(
        user=user,
        new_email=new_email.strip().lower(),
        token=_new_confirmation_token(),
        expires_at=timezone.now() + CONFIRM_TTL,
    )
    link = settings.SITE_URL + reverse("accounts:confirm-email", args=[change.token])
    send_mail(
        subject="Confirm your new email address",
        message=f"Tap the link below to confirm your new address:\n\n{link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[change.new_email],
    )
    return change


@transaction.atomic
def confirm_email_change(token: str):
    change = (
        EmailChangeRequest.objects.select_for_update()
        .select_related("user")
        .filter(token=token, confirmed_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )
    if change is None:
        return None
    user = change.user
    user.email = change.new_email
    user.save(update_fields=["email"])
    change.confirmed_at = timezone.now()
    change.save(update_fields=["confirmed_at"])
    return user
