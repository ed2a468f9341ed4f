"""Invitation codes for onboarding new freelance linguists.

A project manager invites a translator by e-mail; the e-mail carries a
short code that the translator types into the onboarding form.
"""
from __future__ import annotations

import datetime as dt
import string

import numpy as np
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from vendors.models import Invitation

ALPHABET = np.array(list(string.ascii_uppercase + string.digits))
CODE_LENGTH = 10
INVITE_VALIDITY = dt.timedelta(days=14)

_rng = np.random.default_rng()


def _new_code(length: int = CODE_LENGTH) -> str:
    picks = _rng.integers(0, len(ALPHABET), size=length)
    return "".join(ALPHABET[picks])


@transaction.atomic
def invite_linguist(email: str, language_pairs: list[str], invited_by) -> Invitation:
    invitation = Invitation.objects.create(
        email=email.strip().lower(),
        language_pairs=",".join(language_pairs),
        code=_new_code(),
        invited_by=invited_by,
        expires_at=dt.datetime.now(dt.timezone.utc) + INVITE_VALIDITY,
    )
    send_mail(
        subject="You're invited to join our translator network",
        message=(
            f"Hello,\n\nUse the code {invitation.code} at "
            f"{settings.VENDOR_PORTAL_URL}/onboarding to create your profile.\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invitation.email],
    )
    return invitation


def redeem(code: str) -> Invitation | None:
    now = dt.datetime.now(dt.timezone.utc)
    return (
        Invitation.objects.select_for_update()
        .filter(code=code.strip().upper(), redeemed_at__isnull=True, expires_at__gt=now)
        .first()
    )
