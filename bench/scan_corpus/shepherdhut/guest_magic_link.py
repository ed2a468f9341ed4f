"""Passwordless sign-in for guests: a one-time link emailed to the booking address."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.urls import reverse

LINK_TTL = timedelta(minutes=20)


class GuestLoginLink(models.Model):
    email = models.EmailField(db_index=True)
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)

    class Meta:
        app_label = "guests"

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()


def send_login_link(email: str) -> None:
    token = GuestLoginLink.new_token()
    GuestLoginLink.objects.create(
        email=email.lower(),
        token_hash=GuestLoginLink.digest(token),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    url = settings.SITE_URL + reverse("guest-magic-login", kwargs={"token": token})
    send_mail(
        subject="Your sign-in link for Shepherd Hut Lettings",
        message=f"Click to view your bookings (valid for 20 minutes):\n{url}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )


def consume_login_link(token: str) -> str | None:
    with transaction.atomic():
        link = (
            GuestLoginLink.objects.select_for_update()
            .filter(token_hash=GuestLoginLink.digest(token), used=False)
            .first()
        )
        if link is None or link.expires_at <= datetime.now(timezone.utc):
            return None
        link.used = True
        link.save(update_fields=["used"])
        return link.email
