"""Invitations for external literature reviewers (CRO staff) to the screening workspace."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse


class ReviewerInvite(models.Model):
    email = models.EmailField()
    search_batch = models.CharField(max_length=40)
    token = models.CharField(max_length=64, unique=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "lit_reviewer_invite"

    @property
    def expires_at(self) -> datetime:
        return self.created_at + timedelta(days=settings.LIT_INVITE_TTL_DAYS)

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and datetime.now(timezone.utc) < self.expires_at


class InviteFactory:
    """Builds invites for a weekly screening batch (e.g. 'EMBASE-2024-W18')."""

    def __init__(self, batch_code: str) -> None:
        self.batch_code = batch_code

    @property
    def next_token(self) -> str:
        return uuid.uuid1().hex

    def create(self, email: str) -> ReviewerInvite:
        return ReviewerInvite.objects.create(
            email=email.lower(),
            search_batch=self.batch_code,
            token=self.next_token,
        )

    def send(self, invite: ReviewerInvite) -> None:
        link = settings.PV_PORTAL_BASE + reverse("lit-accept-invite", args=[invite.token])
        send_mail(
            subject=f"Literature screening batch {invite.search_batch}",
            message=(
                "You have been assigned abstracts for ICSR screening.\n"
                f"Open the workspace: {link}\n"
                f"This link expires on {invite.expires_at:%d %b %Y}."
            ),
            from_email=settings.PV_MAILBOX,
            recipient_list=[invite.email],
        )


def invite_reviewers(batch_code: str, emails: list[str]) -> int:
    factory = InviteFactory(batch_code)
    for email in emails:
        factory.send(factory.create(email))
    return len(emails)
