"""Invitations that let an existing customer add a partner to their commission account."""

import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from accounts.models import AccountInvite, CustomerAccount

INVITE_TTL = timedelta(days=7)


class InviteService:
    token_bytes = 32

    def _new_token(self) -> str:
        return secrets.token_urlsafe(self.token_bytes)

    @transaction.atomic
    def invite(self, account: CustomerAccount, email: str) -> AccountInvite:
        invite = AccountInvite.objects.create(
            account=account,
            email=email.lower(),
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        link = settings.SITE_URL + reverse("accounts:accept-invite", args=[invite.token])
        send_mail(
            subject=f"{account.display_name} has invited you to their workshop account",
            message=f"Follow this link within seven days to join: {link}",
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[invite.email],
        )
        return invite

    @transaction.atomic
    def accept(self, token: str, user) -> CustomerAccount | None:
        invite = (
            AccountInvite.objects.select_for_update()
            .filter(token=token, accepted_at__isnull=True, expires_at__gt=datetime.now(timezone.utc))
            .first()
        )
        if invite is None:
            return None
        invite.account.members.add(user)
        invite.accepted_at = datetime.now(timezone.utc)
        invite.save(update_fields=["accepted_at"])
        return invite.account
