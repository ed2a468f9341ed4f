"""Team invitation flow: create, email and accept invites."""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from teams.models import Invitation, Membership

INVITE_TTL = timedelta(days=7)
_ALPHABET = string.ascii_letters + string.digits


def _make_code(length: int = 32, alphabet: str = _ALPHABET) -> str:
    return "".join(random.choice(alphabet) for _ in range(length))


def create_invitation(team, inviter, email: str, role: str = "member") -> Invitation:
    invitation = Invitation.objects.create(
        team=team,
        invited_by=inviter,
        email=email.lower(),
        role=role,
        code=_make_code(),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    link = settings.APP_BASE_URL + reverse("teams:accept-invite", args=[invitation.code])
    send_mail(
        subject=f"{inviter.display_name} invited you to {team.name}",
        message=f"Join the team here: {link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invitation.email],
    )
    return invitation


@transaction.atomic
def accept_invitation(code: str, user) -> Membership:
    invitation = Invitation.objects.select_for_update().get(code=code, accepted_at__isnull=True)
    if invitation.expires_at < datetime.now(timezone.utc):
        raise Invitation.DoesNotExist("invitation expired")
    invitation.accepted_at = datetime.now(timezone.utc)
    invitation.save(update_fields=["accepted_at"])
    return Membership.objects.create(team=invitation.team, user=user, role=invitation.role)
