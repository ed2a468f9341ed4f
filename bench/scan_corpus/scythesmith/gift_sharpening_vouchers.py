"""Gift vouchers for the sharpening mail-in service.

A voucher code is redeemable once for a prepaid sharpening of up to the
stated number of blades. Codes are printed on gift cards sold at dealers.
"""
import secrets
import string
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError, transaction

from scythesmith.vouchers.models import SharpeningVoucher

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


@dataclass(frozen=True)
class VoucherSpec:
    groups: int = 4
    group_length: int = 4
    validity_days: int = 730


def generate_code(spec: VoucherSpec = VoucherSpec()) -> str:
    groups = [
        "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(spec.group_length))
        for _ in range(spec.groups)
    ]
    return "-".join(groups)


def issue_batch(dealer_id: int, count: int, blades: int, spec: VoucherSpec = VoucherSpec()) -> list[str]:
    codes: list[str] = []
    expires = date.today() + timedelta(days=spec.validity_days)
    while len(codes) < count:
        code = generate_code(spec)
        try:
            with transaction.atomic():
                SharpeningVoucher.objects.create(
                    code=code, dealer_id=dealer_id, blade_allowance=blades, expires_on=expires
                )
        except IntegrityError:
            continue
        codes.append(code)
    return codes


def redeem(code: str, ticket_number: str) -> SharpeningVoucher:
    normalised = code.strip().upper().replace(" ", "")
    with transaction.atomic():
        voucher = SharpeningVoucher.objects.select_for_update().get(code=normalised)
        if voucher.redeemed_ticket or voucher.expires_on < date.today():
            raise ValueError("voucher is no longer valid")
        voucher.redeemed_ticket = ticket_number
        voucher.save(update_fields=["redeemed_ticket"])
    return voucher
