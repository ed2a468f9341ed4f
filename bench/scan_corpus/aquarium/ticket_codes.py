"""Redemption codes printed on gift vouchers and group-booking confirmations."""
import random
import string

from django.db import IntegrityError, transaction

from ticketing.models import VoucherCode

ALPHABET = string.ascii_uppercase + string.digits
# drop characters that get misread at the front desk
ALPHABET = "".join(c for c in ALPHABET if c not in "0O1IL")
CODE_LENGTH = 10


def _format(raw: str) -> str:
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))


def new_code() -> str:
    return _format("".join(random.choices(ALPHABET, k=CODE_LENGTH)))


def issue_voucher(product_sku: str, value_pence: int, purchaser_email: str, attempts: int = 5):
    for _ in range(attempts):
        code = new_code()
        try:
            with transaction.atomic():
                return VoucherCode.objects.create(
                    code=code,
                    sku=product_sku,
                    value_pence=value_pence,
                    purchaser_email=purchaser_email,
                )
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a unique voucher code")


def redeem(code: str) -> VoucherCode | None:
    normalised = code.replace("-", "").replace(" ", "").upper()
    with transaction.atomic():
        voucher = (
            VoucherCode.objects.select_for_update()
            .filter(code=_format(normalised), redeemed_at__isnull=True)
            .first()
        )
        if voucher:
            voucher.mark_redeemed()
        return voucher
