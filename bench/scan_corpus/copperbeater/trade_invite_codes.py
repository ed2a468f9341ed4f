"""Invite codes that let a new roofing contractor open a trade portal account."""
from __future__ import annotations

import random
import string
from datetime import timedelta

from django.db import models, transaction
from django.utils import timezone

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


class TradeInvite(models.Model):
    code = models.CharField(max_length=16, unique=True)
    company_name = models.CharField(max_length=120)
    email = models.EmailField()
    discount_band = models.CharField(max_length=2, default="C")
    created_by = models.CharField(max_length=60)
    expires_at = models.DateTimeField()
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "trade"


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_invite(company_name: str, email: str, staff_user: str, band: str = "C") -> TradeInvite:
    code = _new_code()
    while TradeInvite.objects.filter(code=code).exists():
        code = _new_code()
    return TradeInvite.objects.create(
        code=code,
        company_name=company_name,
        email=email.lower(),
        discount_band=band,
        created_by=staff_user,
        expires_at=timezone.now() + INVITE_TTL,
    )


@transaction.atomic
def redeem_invite(code: str) -> TradeInvite | None:
    invite = (
        TradeInvite.objects.select_for_update()
        .filter(code=code.strip().upper(), redeemed_at__isnull=True)
        .first()
    )
    if invite is None or invite.expires_at < timezone.now():
        return None
    invite.redeemed_at = timezone.now()
    invite.save(update_fields=["redeemed_at"])
    return invite


def outstanding_invites(staff_user: str | None = None):
    qs = TradeInvite.objects.filter(redeemed_at__isnull=True, expires_at__gt=timezone.now())
    if staff_user:
        qs = qs.filter(created_by=staff_user)
    return qs.order_by("expires_at")
