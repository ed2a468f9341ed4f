"""Invite codes that let a client's production staff join the portal.

An account manager creates an invite for a tour or a venue; the code is
emailed and redeemed once to create a client-portal login tied to it.
"""
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from django.db import models, transaction

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = timedelta(days=7)


class PortalInvite(models.Model):
    code = models.CharField(max_length=16, unique=True)
    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE)
    email = models.EmailField()
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    redeemed_at = models.DateTimeField(null=True, blank=True)


@dataclass
class InviteRequest:
    client_id: int
    emails: list[str] = field(default_factory=list)


def _new_code(length: int = INVITE_LENGTH) -> str:
    return "".join(random.choices(INVITE_ALPHABET, k=length))


def create_invites(req: InviteRequest) -> list[PortalInvite]:
    expires = datetime.now(timezone.utc) + INVITE_TTL
    with transaction.atomic():
        return [
            PortalInvite.objects.create(
                code=_new_code(), client_id=req.client_id, email=email.lower(), expires_at=expires
            )
            for email in req.emails
        ]


def redeem(code: str, email: str) -> PortalInvite | None:
    now = datetime.now(timezone.utc)
    with transaction.atomic():
        invite = (
            PortalInvite.objects.select_for_update()
            .filter(code=code.strip().upper(), email=email.lower(), redeemed_at__isnull=True)
            .first()
        )
        if invite is None or invite.expires_at < now:
            return None
        invite.redeemed_at = now
        invite.save(update_fields=["redeemed_at"])
        return invite
