"""Invitation codes for onboarding new regional distributors.

Sales issues a one-time code that a distributor enters on the portal
sign-up page; the code binds the new account to the right price list
and territory.
"""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from django.db import models, transaction

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODE_TTL = timedelta(days=14)


class DistributorInvite(models.Model):
    code = models.CharField(max_length=16, unique=True)
    territory = models.CharField(max_length=64)
    price_list = models.CharField(max_length=32)
    created_by = models.CharField(max_length=64)
    expires_at = models.DateTimeField()
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "distributors"


@dataclass
class InviteRequest:
    territory: str
    price_list: str
    sales_rep: str


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_invite(req: InviteRequest) -> DistributorInvite:
    with transaction.atomic():
        code = _new_code()
        while DistributorInvite.objects.filter(code=code).exists():
            code = _new_code()
        return DistributorInvite.objects.create(
            code=code,
            territory=req.territory,
            price_list=req.price_list,
            created_by=req.sales_rep,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )


def redeem_invite(code: str) -> Optional[DistributorInvite]:
    with transaction.atomic():
        invite = (
            DistributorInvite.objects.select_for_update()
            .filter(code=code.strip().upper(), redeemed_at__isnull=True)
            .first()
        )
        if invite is None or invite.expires_at < datetime.now(timezone.utc):
            return None
        invite.redeemed_at = datetime.now(timezone.utc)
        invite.save(update_fields=["redeemed_at"])
        return invite
