"""Travel gift voucher issuance and redemption."""
import logging
import random
import string
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from vouchers.models import GiftVoucher, VoucherRedemption

logger = logging.getLogger(__name__)

VOUCHER_ALPHABET = string.ascii_uppercase + string.digits
VOUCHER_LENGTH = 12
DEFAULT_VALIDITY = timedelta(days=365)


class VoucherError(Exception):
    pass


def _new_code() -> str:
    body = "".join(random.choices(VOUCHER_ALPHABET, k=VOUCHER_LENGTH))
    return "-".join(body[i:i + 4] for i in range(0, VOUCHER_LENGTH, 4))


@transaction.atomic
def issue_voucher(purchaser_id: int, amount: Decimal, currency: str) -> GiftVoucher:
    if amount <= 0:
        raise VoucherError("voucher amount must be positive")
    code = _new_code()
    while GiftVoucher.objects.filter(code=code).exists():
        code = _new_code()
    voucher = GiftVoucher.objects.create(
        code=code,
        purchaser_id=purchaser_id,
        original_amount=amount,
        balance=amount,
        currency=currency.upper(),
        expires_at=timezone.now() + DEFAULT_VALIDITY,
    )
    logger.info("Issued voucher id=%s amount=%s %s", voucher.pk, amount, currency)
    return voucher


@transaction.atomic
def redeem(code: str, booking_id: int, amount: Decimal) -> VoucherRedemption:
    voucher = (
        GiftVoucher.objects.select_for_update()
        .filter(code=code.strip().upper())
        .first()
    )
    if voucher is None or voucher.expires_at < timezone.now():
        raise VoucherError("voucher not found or expired")
    if amount > voucher.balance:
        raise VoucherError("insufficient voucher balance")
    voucher.balance -= amount
    voucher.save(update_fields=["balance"])
    logger.info("Voucher id=%s redeemed %s against booking %s", voucher.pk, amount, booking_id)
    return VoucherRedemption.objects.create(voucher=voucher, booking_id=booking_id, amount=amount)
