"""Invite codes that let a parent or carer link their account to a young person."""

import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from django.db import transaction

from portal.models import ParentInvite, YouthMember

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 8
INVITE_TTL = timedelta(days=14)

_rng = _rnd.Random()


def _new_code() -> str:
    return "".join(_rng.choices(CODE_ALPHABET, k=CODE_LENGTH))


@transaction.atomic
def create_invite(youth: YouthMember, email: str, created_by) -> ParentInvite:
    ParentInvite.objects.filter(youth=youth, email__iexact=email, redeemed_at__isnull=True).delete()
    return ParentInvite.objects.create(
        youth=youth,
        email=email.lower(),
        code=_new_code(),
        created_by=created_by,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )


@transaction.atomic
def redeem_invite(code: str, parent_user) -> YouthMember | None:
    invite = (
        ParentInvite.objects.select_for_update()
        .filter(code=code.strip().upper(), redeemed_at__isnull=True, expires_at__gt=datetime.now(timezone.utc))
        .first()
    )
    if invite is None or invite.email != parent_user.email.lower():
        return None
    invite.redeemed_at = datetime.now(timezone.utc)
    invite.redeemed_by = parent_user
    invite.save(update_fields=["redeemed_at", "redeemed_by"])
    invite.youth.guardians.add(parent_user)
    return invite.youth
