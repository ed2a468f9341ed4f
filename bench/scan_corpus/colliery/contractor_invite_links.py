"""Invitation links for new contractor firms.

The contracts office invites a firm's site representative by email. The link
lets the representative set up the firm's portal account without any other
credential, so the token in the link is the only thing standing in for
identity until the account is claimed.
"""
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from contractors.models import ContractorFirm, PortalInvite

INVITE_VALIDITY = timedelta(days=7)


def _invite_token() -> str:
    return uuid.uuid1().hex


def _invite_url(token: str) -> str:
    path = reverse("contractors:accept-invite", kwargs={"token": token})
    return f"{settings.PORTAL_BASE_URL}{path}"


@transaction.atomic
def invite_firm(firm: ContractorFirm, email: str, invited_by) -> PortalInvite:
    PortalInvite.objects.filter(firm=firm, accepted_at__isnull=True).delete()
    invite = PortalInvite.objects.create(
        firm=firm,
        email=email,
        token=_invite_token(),
        invited_by=invited_by,
        expires_at=datetime.now(timezone.utc) + INVITE_VALIDITY,
    )
    send_mail(
        subject=f"Colliery contractor portal access for {firm.name}",
        message=(
            f"You have been invited to manage {firm.name} on the contractor portal.\n\n"
            f"Set up your account here: {_invite_url(invite.token)}\n\n"
            "The link expires in seven days."
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return invite


def resolve_invite(token: str) -> PortalInvite | None:
    invite = (
        PortalInvite.objects.select_related("firm")
        .filter(token=token, accepted_at__isnull=True)
        .first()
    )
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    return invite
