"""Gift voucher issuing for the online shop.

Vouchers are sold as "3 x 15 minute sessions" or cash amounts and are
redeemed at reception by typing the code into the till.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError, transaction

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS = 4
GROUP_LEN = 4
VALIDITY = timedelta(days=365)


@dataclass
class VoucherSpec:
    product: str
    value_pence: int
    purchaser_email: str


class VoucherCodeFactory:
    @staticmethod
    def new_code() -> str:
        groups = [
            "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(GROUP_LEN))
            for _ in range(GROUPS)
        ]
        return "-".join(groups)

    @staticmethod
    def normalise(code: str) -> str:
        cleaned = code.upper().replace(" ", "").replace("-", "")
        return "-".join(cleaned[i : i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN))


def issue_voucher(spec: VoucherSpec, attempts: int = 5):
    from .models import Voucher

    for _ in range(attempts):
        code = VoucherCodeFactory.new_code()
        try:
            with transaction.atomic():
                return Voucher.objects.create(
                    code=code,
                    product=spec.product,
                    value_pence=spec.value_pence,
                    purchaser_email=spec.purchaser_email,
                    expires_on=date.today() + VALIDITY,
                )
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a unique voucher code")


def redeem_voucher(raw_code: str):
    from .models import Voucher

    code = VoucherCodeFactory.normalise(raw_code)
    with transaction.atomic():
        voucher = (
            Voucher.objects.select_for_update()
            .filter(code=code, redeemed_at__isnull=True, expires_on__gte=date.today())
            .first()
        )
        if voucher is None:
            return None
        voucher.mark_redeemed()
        return voucher
