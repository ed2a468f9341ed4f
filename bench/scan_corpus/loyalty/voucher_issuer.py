"""Issue single-use voucher codes for customer-service goodwill gestures.

Agents in the support console can grant a member a points voucher; the
code is emailed to the member and redeemed in the app.
"""
import secrets
from datetime import date, timedelta

from django.db import IntegrityError, transaction

from vouchers.models import GoodwillVoucher

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
VALIDITY = timedelta(days=90)
MAX_ATTEMPTS = 5

_rng = secrets.SystemRandom()


def _new_code() -> str:
    raw = "".join(_rng.choices(ALPHABET, k=CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def issue_goodwill_voucher(member_id: int, points: int, agent_id: int, reason: str) -> GoodwillVoucher:
    if not 0 < points <= 5_000:
        raise ValueError("goodwill vouchers are limited to 5,000 points")
    for _ in range(MAX_ATTEMPTS):
        try:
            with transaction.atomic():
                return GoodwillVoucher.objects.create(
                    code=_new_code(),
                    member_id=member_id,
                    points=points,
                    issued_by_id=agent_id,
                    reason=reason[:200],
                    expires_on=date.today() + VALIDITY,
                )
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a unique voucher code")
