"""Gift vouchers for smokehouse tours and tasting boxes.

The farm shop sells vouchers that can be redeemed for a guided smokehouse
tour or a tasting box of smoked eel and trout. A voucher code is printed on
the card; whoever presents the code at the counter gets the goods.
"""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db import models, transaction

VOUCHER_VALIDITY = timedelta(days=365)


class Voucher(models.Model):
    code = models.CharField(max_length=16, unique=True)
    product = models.CharField(max_length=32)
    value = models.DecimalField(max_digits=8, decimal_places=2)
    valid_until = models.DateField()
    redeemed = models.BooleanField(default=False)

    class Meta:
        app_label = "farmshop"


@dataclass
class VoucherRequest:
    product: str
    value: Decimal
    quantity: int = 1


def _voucher_code() -> str:
    raw = uuid.uuid1().hex[:12].upper()
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


@transaction.atomic
def issue_vouchers(req: VoucherRequest) -> list[Voucher]:
    expires = date.today() + VOUCHER_VALIDITY
    vouchers = [
        Voucher(code=_voucher_code(), product=req.product, value=req.value, valid_until=expires)
        for _ in range(req.quantity)
    ]
    Voucher.objects.bulk_create(vouchers)
    return vouchers


@transaction.atomic
def redeem(code: str) -> Voucher | None:
    voucher = (
        Voucher.objects.select_for_update()
        .filter(code=code.strip().upper(), redeemed=False, valid_until__gte=date.today())
        .first()
    )
    if voucher is None:
        return None
    voucher.redeemed = True
    voucher.save(update_fields=["redeemed"])
    return voucher
