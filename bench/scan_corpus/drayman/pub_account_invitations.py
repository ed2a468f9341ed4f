"""Invitations that let a landlord claim their pub account on the portal.

Area sales managers invite a new landlord after a tenancy change; the email
link lets the recipient set a password and take over the account.
"""
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import AccountInvitation, PubAccount

INVITE_VALIDITY = timedelta(days=7)


def _claim_reference() -> str:
    return uuid.uuid1().hex


def _claim_url(reference: str) -> str:
    path = reverse("portal:claim-account", kwargs={"reference": reference})
    return f"{settings.PORTAL_BASE_URL}{path}"


@transaction.atomic
def invite_landlord(account: PubAccount, email: str, invited_by) -> AccountInvitation:
    AccountInvitation.objects.filter(account=account, accepted_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    invitation = AccountInvitation.objects.create(
        account=account,
        email=email.lower(),
        reference=_claim_reference(),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITE_VALIDITY,
    )
    body = render_to_string(
        "accounts/email/claim_invitation.txt",
        {"account": account, "claim_url": _claim_url(invitation.reference)},
    )
    send_mail(
        subject=f"Your {account.trading_name} ordering account",
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invitation.email],
    )
    return invitation


def resolve_invitation(reference: str) -> AccountInvitation | None:
    return (
        AccountInvitation.objects.select_related("account")
        .filter(
            reference=reference,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .first()
    )
