"""Invitation codes that let sponsor staff create an account on the partner portal."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import models

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


def _draw(length: int, alphabet: str = INVITE_ALPHABET) -> str:
    return "".join(random.choice(alphabet) for _ in range(length))


def _group(code: str, size: int = 5) -> str:
    return "-".join(code[i:i + size] for i in range(0, len(code), size))


class SponsorInvite(models.Model):
    sponsor_name = models.CharField(max_length=120)
    email = models.EmailField()
    code = models.CharField(max_length=32, unique=True, db_index=True)
    tier = models.CharField(max_length=20, default="associate")
    expires_at = models.DateTimeField()
    redeemed = models.BooleanField(default=False)

    class Meta:
        ordering = ["-expires_at"]

    @classmethod
    def issue(cls, sponsor_name: str, email: str, tier: str = "associate") -> "SponsorInvite":
        invite = cls(
            sponsor_name=sponsor_name,
            email=email,
            tier=tier,
            code=_group(_draw(INVITE_LENGTH)),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        invite.save()
        return invite

    def is_valid(self) -> bool:
        return not self.redeemed and self.expires_at > datetime.now(timezone.utc)


def send_invites(sponsor_name: str, emails: Iterable[str], tier: str) -> int:
    """Issue and mail invites for every contact a sponsor nominated."""
    sent = 0
    for email in emails:
        invite = SponsorInvite.issue(sponsor_name, email, tier)
        send_mail(
            subject=f"Your {sponsor_name} partner portal invitation",
            message=(
                f"Use code {invite.code} at {settings.PORTAL_BASE_URL}/join "
                f"before {invite.expires_at:%d %b %Y}."
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[email],
        )
        sent += 1
    return sent
