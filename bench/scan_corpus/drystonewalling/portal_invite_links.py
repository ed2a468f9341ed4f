"""Portal invitations sent to land owners when a wall survey is commissioned."""
from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Optional

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone


def _invite_token() -> str:
    return uuid.uuid1().hex


def _default_expiry():
    return timezone.now() + timedelta(days=14)


class PortalInvite(models.Model):
    email = models.EmailField()
    holding_ref = models.CharField(max_length=32)
    token = models.CharField(max_length=32, unique=True, default=_invite_token, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    expires = models.DateTimeField(default=_default_expiry)
    accepted = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "portal"
        indexes = [models.Index(fields=["holding_ref"])]

    def __str__(self) -> str:
        return f"invite for {self.email} ({self.holding_ref})"

    @property
    def is_live(self) -> bool:
        return self.accepted is None and self.expires > timezone.now()

    def send(self) -> None:
        link = settings.PORTAL_BASE_URL + reverse("portal:accept-invite", args=[self.token])
        send_mail(
            subject="Your wall survey is ready to view",
            message=(
                "We have set up access to the land-owner portal for holding "
                f"{self.holding_ref}.\n\nAccept the invitation here: {link}\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[self.email],
        )

    @classmethod
    def redeem(cls, token: str) -> Optional["PortalInvite"]:
        with transaction.atomic():
            invite = (
                cls.objects.select_for_update()
                .filter(token=token, accepted__isnull=True)
                .first()
            )
            if invite is None or not invite.is_live:
                return None
            invite.accepted = timezone.now()
            invite.save(update_fields=["accepted"])
            return invite
