"""Gift vouchers sold in the farm shop and redeemable against tickets or products."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.db import models, transaction

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
VOUCHER_GROUPS = 4
GROUP_LENGTH = 4
VALIDITY = timedelta(days=365)


def generate_code(groups: int = VOUCHER_GROUPS, length: int = GROUP_LENGTH) -> str:
    return "-".join(
        "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(length)) for _ in range(groups)
    )


class GiftVoucher(models.Model):
    code = models.CharField(max_length=24, unique=True)
    value = models.DecimalField(max_digits=7, decimal_places=2)
    balance = models.DecimalField(max_digits=7, decimal_places=2)
    purchaser_email = models.EmailField()
    expires_on = models.DateField()

    class Meta:
        app_label = "shop"


@dataclass
class VoucherOrder:
    purchaser_email: str
    values: list[Decimal] = field(default_factory=list)


@transaction.atomic
def issue_vouchers(order: VoucherOrder) -> list[GiftVoucher]:
    expires = date.today() + VALIDITY
    issued = []
    for value in order.values:
        code = generate_code()
        while GiftVoucher.objects.filter(code=code).exists():
            code = generate_code()
        issued.append(
            GiftVoucher.objects.create(
                code=code,
                value=value,
                balance=value,
                purchaser_email=order.purchaser_email,
                expires_on=expires,
            )
        )
    return issued


@transaction.atomic
def redeem(code: str, amount: Decimal) -> Decimal:
    voucher = GiftVoucher.objects.select_for_update().get(code=code.strip().upper())
    if voucher.expires_on < date.today():
        raise ValueError("voucher expired")
    if amount > voucher.balance:
        raise ValueError("insufficient balance")
    voucher.balance -= amount
    voucher.save(update_fields=["balance"])
    return voucher.balance
