"""Invitations for subcontractors to register on the supplier portal.

A package manager sends an invite from the tender screen; the subcontractor
receives an email with a one-off registration code valid for 14 days.
"""
import random
import string
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from portal.models import SubcontractorInvite, TenderPackage

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


def _make_code(length: int = INVITE_LENGTH, alphabet: str = INVITE_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


@transaction.atomic
def invite_subcontractor(package: TenderPackage, company_name: str, email: str, invited_by) -> SubcontractorInvite:
    invite = SubcontractorInvite.objects.create(
        package=package,
        company_name=company_name,
        email=email.strip().lower(),
        code=_make_code(),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITE_TTL,
    )
    register_url = f"{settings.PORTAL_BASE_URL}/register/?code={invite.code}"
    send_mail(
        subject=f"Invitation to tender: {package.reference} {package.title}",
        message=(
            f"Hello {company_name},\n\n"
            f"{invited_by.get_full_name()} has invited you to tender for {package.title}.\n"
            f"Register here before {invite.expires_at:%d %b %Y}: {register_url}\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invite.email],
    )
    return invite


@transaction.atomic
def redeem_invite(code: str) -> SubcontractorInvite | None:
    invite = (
        SubcontractorInvite.objects.select_for_update()
        .filter(code=code.strip().upper(), redeemed_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )
    if invite is None:
        return None
    invite.redeemed_at = timezone.now()
    invite.save(update_fields=["redeemed_at"])
    return invite
