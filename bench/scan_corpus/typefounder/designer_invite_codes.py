"""Invite codes that let new type designers register on the foundry platform."""

import secrets
import string
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from accounts.models import DesignerInvite

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 12
INVITE_VALIDITY = timedelta(days=14)

_rng = secrets.SystemRandom()


def generate_invite_code() -> str:
    return "".join(_rng.choices(INVITE_ALPHABET, k=INVITE_LENGTH))


def create_invite(email: str, invited_by) -> DesignerInvite:
    invite = DesignerInvite.objects.create(
        email=email.lower(),
        code=generate_invite_code(),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITE_VALIDITY,
    )
    send_mail(
        subject="You're invited to publish with the foundry",
        message=(
            f"{invited_by.display_name} has invited you to join as a designer.\n\n"
            f"Register here: {settings.SITE_URL}/designers/join?code={invite.code}\n"
            f"The invite expires on {invite.expires_at:%d %B %Y}."
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invite.email],
    )
    return invite


@transaction.atomic
def redeem_invite(code: str, email: str) -> DesignerInvite | None:
    invite = (
        DesignerInvite.objects.filter(code=code.strip().upper(), email=email.lower(), used_at=None)
        .select_for_update()
        .first()
    )
    if invite is None or invite.expires_at < timezone.now():
        return None
    invite.used_at = timezone.now()
    invite.save(update_fields=["used_at"])
    return invite
