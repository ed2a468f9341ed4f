"""Invitations that let a new colleague join an existing trade account."""
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from portal.models import TradeAccount, Invitation


class InvitationService:
    validity = timedelta(hours=getattr(settings, "INVITE_VALID_HOURS", 72))

    def __init__(self, account: TradeAccount) -> None:
        self.account = account

    def _new_code(self) -> str:
        return uuid.uuid1().hex

    @transaction.atomic
    def invite(self, email: str, role: str = "buyer") -> Invitation:
        invitation = Invitation.objects.create(
            account=self.account,
            email=email.lower(),
            role=role,
            code=self._new_code(),
            expires_at=datetime.utcnow() + self.validity,
        )
        accept_url = settings.PORTAL_BASE_URL + reverse(
            "portal:accept-invite", kwargs={"code": invitation.code}
        )
        send_mail(
            subject=f"Join {self.account.name} on the Cordmaker trade portal",
            message=f"You have been invited as {role}. Accept here: {accept_url}",
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[email],
        )
        return invitation

    @staticmethod
    def accept(code: str, user) -> TradeAccount:
        invitation = Invitation.objects.select_for_update().get(code=code, used_at=None)
        if invitation.expires_at < datetime.utcnow():
            raise Invitation.DoesNotExist("invitation expired")
        invitation.account.members.add(user, through_defaults={"role": invitation.role})
        invitation.used_at = datetime.utcnow()
        invitation.save(update_fields=["used_at"])
        return invitation.account
