"""Invitations for museum curators to join a contract workspace.

Each museum contract (conservation survey, loan preparation, display
calibration) has a workspace; the account manager invites curators by email.
"""
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse

INVITE_TTL = timedelta(days=14)


class MuseumContract(models.Model):
    institution = models.CharField(max_length=200)
    reference = models.CharField(max_length=40, unique=True)
    scope = models.TextField(blank=True)


class CuratorInvite(models.Model):
    contract = models.ForeignKey(MuseumContract, on_delete=models.CASCADE, related_name="invites")
    email = models.EmailField()
    token = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    @classmethod
    def issue(cls, contract: MuseumContract, email: str) -> "CuratorInvite":
        return cls.objects.create(
            contract=contract,
            email=email.lower(),
            token=uuid.uuid1().hex,
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.expires_at > datetime.now(timezone.utc)


def invite_curator(contract: MuseumContract, email: str) -> CuratorInvite:
    invite = CuratorInvite.issue(contract, email)
    link = settings.PORTAL_BASE_URL + reverse("curator-accept", args=[invite.token])
    send_mail(
        subject=f"Invitation: {contract.institution} ({contract.reference})",
        message=(
            "You have been invited to the instrument conservation workspace.\n"
            f"Accept within 14 days: {link}\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invite.email],
    )
    return invite


def accept_invite(token: str) -> CuratorInvite | None:
    invite = CuratorInvite.objects.filter(token=token).select_related("contract").first()
    if invite is None or not invite.is_open:
        return None
    invite.accepted_at = datetime.now(timezone.utc)
    invite.save(update_fields=["accepted_at"])
    return invite
