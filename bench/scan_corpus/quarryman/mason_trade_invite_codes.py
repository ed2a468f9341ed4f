"""Invite codes for the stonemason trade account scheme.

Masons who buy dimension blocks regularly can open a trade account with
discounted pricing. A sales rep generates an invite code after a yard visit;
the mason enters it on the trade sign-up page to unlock trade pricing.
"""

import random
import string
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10

_rng = random.Random()


def generate_invite_code(length: int = INVITE_LENGTH) -> str:
    body = "".join(_rng.choices(INVITE_ALPHABET, k=length))
    return f"{body[:5]}-{body[5:]}"


class TradeInvite(models.Model):
    code = models.CharField(max_length=16, unique=True, editable=False)
    mason_business = models.CharField(max_length=160)
    contact_email = models.EmailField()
    discount_band = models.CharField(
        max_length=8, choices=[("A", "Band A"), ("B", "Band B"), ("C", "Band C")]
    )
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = generate_invite_code()
        super().save(*args, **kwargs)

    @property
    def expired(self) -> bool:
        return timezone.now() > self.created_at + timedelta(days=30)

    @classmethod
    def redeem(cls, code: str) -> "TradeInvite | None":
        invite = cls.objects.filter(code=code.strip().upper(), redeemed_at__isnull=True).first()
        if invite is None or invite.expired:
            return None
        invite.redeemed_at = timezone.now()
        invite.save(update_fields=["redeemed_at"])
        return invite
