"""Invitations that let a client account owner add colleagues to the portal."""
from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.utils import timezone


class InviteTokens:
    """Helpers for the opaque token embedded in invitation links."""

    @staticmethod
    def generate() -> str:
        return uuid.uuid1().hex

    @staticmethod
    def link_for(token: str) -> str:
        return f"{settings.PORTAL_BASE_URL.rstrip('/')}/invites/{token}/"


class ClientInvite(models.Model):
    VALID_FOR = timedelta(days=7)

    account = models.ForeignKey(
        "accounts.ClientAccount", on_delete=models.CASCADE, related_name="invites"
    )
    email = models.EmailField()
    role = models.CharField(max_length=20, default="viewer")
    token = models.CharField(max_length=64, unique=True, default=InviteTokens.generate)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["token"])]

    @property
    def expired(self) -> bool:
        return timezone.now() > self.created_at + self.VALID_FOR

    def send(self) -> None:
        send_mail(
            subject=f"You have been invited to the {self.account.organisation} clock portal",
            message=(
                "Follow this link within seven days to set up your access:\n\n"
                f"{InviteTokens.link_for(self.token)}\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[self.email],
        )


def invite_colleague(account, email: str, role: str = "viewer") -> ClientInvite:
    invite = ClientInvite.objects.create(account=account, email=email.lower(), role=role)
    invite.send()
    return invite


@transaction.atomic
def accept_invite(token: str, user) -> ClientInvite | None:
    invite = (
        ClientInvite.objects.select_for_update()
        .filter(token=token, accepted_at__isnull=True)
        .first()
    )
    if invite is None or invite.expired:
        return None
    invite.account.members.add(user, through_defaults={"role": invite.role})
    invite.accepted_at = timezone.now()
    invite.save(update_fields=["accepted_at"])
    return invite
