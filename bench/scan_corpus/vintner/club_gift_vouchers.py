"""Gift subscriptions for the wine club.

A buyer purchases a three, six or twelve month gift membership; the recipient
receives a voucher code by email and redeems it to activate the subscription.
"""

import uuid
from datetime import date, timedelta

from django.db import transaction

from vintner.club.models import ClubSubscription, GiftVoucher
from vintner.mail import send_template_email

GIFT_TERMS_MONTHS = (3, 6, 12)


def _voucher_code() -> str:
    raw = uuid.uuid1().hex[:16].upper()
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def create_gift_voucher(purchaser, recipient_email: str, months: int, message: str = "") -> GiftVoucher:
    if months not in GIFT_TERMS_MONTHS:
        raise ValueError(f"gift term must be one of {GIFT_TERMS_MONTHS}")
    voucher = GiftVoucher.objects.create(
        purchaser=purchaser,
        recipient_email=recipient_email,
        months=months,
        code=_voucher_code(),
        expires_on=date.today() + timedelta(days=365),
    )
    send_template_email(
        recipient_email,
        "club/gift_voucher.html",
        {"code": voucher.code, "months": months, "message": message, "from": purchaser.full_name},
    )
    return voucher


@transaction.atomic
def redeem_gift_voucher(code: str, member) -> ClubSubscription:
    voucher = GiftVoucher.objects.select_for_update().get(code=code.strip().upper())
    if voucher.redeemed_at or voucher.expires_on < date.today():
        raise GiftVoucher.DoesNotExist("voucher is no longer valid")
    subscription = ClubSubscription.objects.create(
        member=member,
        start_date=date.today(),
        months_prepaid=voucher.months,
        source="gift",
    )
    voucher.redeemed_by = member
    voucher.mark_redeemed()
    return subscription
