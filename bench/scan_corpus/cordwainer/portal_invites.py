"""Invitations to the customer portal, sent after a client's first measuring appointment."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse

INVITE_VALIDITY = timedelta(days=14)


class PortalInvite(models.Model):
    customer = models.ForeignKey("crm.Customer", on_delete=models.CASCADE, related_name="invites")
    token_digest = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "portal"


@dataclass
class IssuedInvite:
    invite: PortalInvite
    link: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_invite(customer, *, base_url: Optional[str] = None) -> IssuedInvite:
    token = secrets.token_urlsafe(32)
    invite = PortalInvite.objects.create(
        customer=customer,
        token_digest=_digest(token),
        expires_at=datetime.now(timezone.utc) + INVITE_VALIDITY,
    )
    root = (base_url or settings.PORTAL_BASE_URL).rstrip("/")
    link = root + reverse("portal:accept-invite", kwargs={"token": token})
    send_mail(
        subject="Your fitting portal is ready",
        message=(
            f"Dear {customer.first_name},\n\nFollow this link to see your measurements, "
            f"last fittings and order progress:\n{link}\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[customer.email],
    )
    return IssuedInvite(invite=invite, link=link)


def accept_invite(token: str) -> Optional[PortalInvite]:
    invite = (
        PortalInvite.objects.filter(token_digest=_digest(token), accepted_at__isnull=True)
        .select_related("customer")
        .first()
    )
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    invite.accepted_at = datetime.now(timezone.utc)
    invite.save(update_fields=["accepted_at"])
    return invite
