"""Invitations that let additional family members join a case portal.

The primary contact can invite siblings or children. Invite tokens are long
random strings; only their SHA-256 digest is stored so a database leak does
not expose usable links.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from django.db import models

INVITE_TTL = timedelta(days=3)
TOKEN_BYTES = 32


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class PortalInvite(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="invites")
    email = models.EmailField()
    token_digest = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    @classmethod
    def issue(cls, case, email: str) -> tuple["PortalInvite", str]:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        invite = cls.objects.create(
            case=case,
            email=email.strip().lower(),
            token_digest=_digest(token),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        return invite, token

    @classmethod
    def redeem(cls, token: str) -> "PortalInvite | None":
        invite = cls.objects.filter(
            token_digest=_digest(token),
            accepted_at__isnull=True,
            expires_at__gt=datetime.now(timezone.utc),
        ).first()
        if invite is not None:
            invite.accepted_at = datetime.now(timezone.utc)
            invite.save(update_fields=["accepted_at"])
        return invite
