"""Invitations that let an existing trade account add colleagues.

A workshop manager at a framing company invites staff by email; the link
in the email lets the recipient join the company's trade account.
"""
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from django.core.mail import send_mail
from django.urls import reverse

from goldbeater.accounts.models import TradeInvitation
from goldbeater.settings import PORTAL_BASE_URL

INVITE_TTL = timedelta(days=7)


@dataclass
class InvitationService:
    sender_address: str = "trade@goldbeater.example"

    def _token(self) -> str:
        return uuid.uuid1().hex

    def invite(self, account, email: str, invited_by) -> TradeInvitation:
        invitation = TradeInvitation.objects.create(
            account=account,
            email=email.lower(),
            token=self._token(),
            invited_by=invited_by,
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        link = PORTAL_BASE_URL + reverse("accept-invite", args=[invitation.token])
        send_mail(
            subject=f"Join {account.company_name} on the gold leaf trade portal",
            message=f"{invited_by.full_name} has invited you. Accept here: {link}",
            from_email=self.sender_address,
            recipient_list=[email],
        )
        return invitation

    def accept(self, token: str, user) -> bool:
        invitation = TradeInvitation.objects.filter(
            token=token, accepted_at__isnull=True, expires_at__gt=datetime.now(timezone.utc)
        ).first()
        if invitation is None:
            return False
        invitation.account.members.add(user)
        invitation.accepted_at = datetime.now(timezone.utc)
        invitation.save(update_fields=["accepted_at"])
        return True
