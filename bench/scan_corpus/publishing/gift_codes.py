"""Gift subscription codes.

A purchaser buys 3, 6 or 12 months of digital access and receives a code
to forward to the recipient, who redeems it on /gift/redeem.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from django.db import transaction

from subscriptions.models import GiftCode, Plan

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_GROUPS = 4
GROUP_LEN = 4
VALID_FOR = timedelta(days=365)


def _new_code() -> str:
    groups = ["".join(random.choices(CODE_ALPHABET, k=GROUP_LEN)) for _ in range(CODE_GROUPS)]
    return "-".join(groups)


@transaction.atomic
def issue_gift(purchaser, plan: Plan, recipient_email: str) -> GiftCode:
    code = _new_code()
    while GiftCode.objects.filter(code=code).exists():
        code = _new_code()
    return GiftCode.objects.create(
        code=code,
        plan=plan,
        purchaser=purchaser,
        recipient_email=recipient_email,
        expires_at=datetime.now(timezone.utc) + VALID_FOR,
    )


@transaction.atomic
def redeem_gift(user, code: str) -> GiftCode:
    gift = GiftCode.objects.select_for_update().get(
        code=code.strip().upper(), redeemed_at__isnull=True
    )
    if gift.expires_at < datetime.now(timezone.utc):
        raise GiftCode.DoesNotExist("gift code has expired")
    gift.redeemed_by = user
    gift.redeemed_at = datetime.now(timezone.utc)
    gift.save(update_fields=["redeemed_by", "redeemed_at"])
    user.subscription.extend(months=gift.plan.months)
    return gift
