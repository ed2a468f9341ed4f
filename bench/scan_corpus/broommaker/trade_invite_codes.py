"""Invite codes that let a new stockist open a trade account at wholesale prices."""

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
    stockist_email = models.EmailField()
    discount_band = models.CharField(max_length=8, default="B")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "trade"

    @property
    def is_open(self) -> bool:
        return self.redeemed_at is None and self.expires_at > timezone.now()


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_invite(email: str, band: str = "B") -> TradeInvite:
    with transaction.atomic():
        code = _new_code()
        while TradeInvite.objects.filter(code=code).exists():
            code = _new_code()
        return TradeInvite.objects.create(
            code=code,
            stockist_email=email.strip().lower(),
            discount_band=band,
            expires_at=timezone.now() + INVITE_TTL,
        )


def redeem_invite(code: str) -> TradeInvite | None:
    """Mark an invite as used and return it, or None if unknown/expired."""
    with transaction.atomic():
        invite = (
            TradeInvite.objects.select_for_update()
            .filter(code=code.strip().upper(), redeemed_at__isnull=True)
            .first()
        )
        if invite is None or not invite.is_open:
            return None
        invite.redeemed_at = timezone.now()
        invite.save(update_fields=["redeemed_at"])
        return invite


def purge_expired() -> int:
    deleted, _ = TradeInvite.objects.filter(
        redeemed_at__isnull=True, expires_at__lt=timezone.now()
    ).delete()
    return deleted
