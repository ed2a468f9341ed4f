"""Invite homeowners to the customer portal once a job is booked.

The portal shows scaffold dates, crew arrival and, at the end, the roof
guarantee certificate. Invites are single use and expire after two weeks.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.urls import reverse

INVITE_TTL = timedelta(days=14)


class PortalInvite(models.Model):
    job = models.ForeignKey("jobs.Job", on_delete=models.CASCADE, related_name="invites")
    email = models.EmailField()
    code = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "portal"

    @property
    def is_live(self) -> bool:
        return self.redeemed_at is None and self.expires_at > datetime.now(timezone.utc)


def new_invite_code() -> str:
    return secrets.token_urlsafe(32)


def invite_homeowner(job, email: str) -> PortalInvite:
    with transaction.atomic():
        PortalInvite.objects.filter(job=job, redeemed_at__isnull=True).delete()
        invite = PortalInvite.objects.create(
            job=job,
            email=email,
            code=new_invite_code(),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
    link = settings.PORTAL_BASE_URL + reverse("portal:redeem", args=[invite.code])
    send_mail(
        subject=f"Your roof work at {job.site_address_line1}",
        message=f"Follow this link to track your job and download documents:\n{link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return invite
