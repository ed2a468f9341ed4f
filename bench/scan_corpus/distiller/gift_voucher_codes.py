"""Gift vouchers for distillery tours and bottle-your-own sessions.

Vouchers are sold in the shop and redeemed online. The code printed on
the card is all a recipient needs to book, so it is drawn from the
operating system's CSPRNG.
"""
import secrets
import string
from datetime import date, timedelta
from decimal import Decimal

from shop.db import transaction
from shop.models import GiftVoucher

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
VOUCHER_GROUPS = 4
GROUP_LEN = 4


def _voucher_code(groups: int = VOUCHER_GROUPS, group_len: int = GROUP_LEN) -> str:
    parts = []
    for _ in range(groups):
        parts.append("".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(group_len)))
    return "-".join(parts)


def create_voucher(value: Decimal, product: str, purchaser_email: str) -> GiftVoucher:
    if product not in {"tour", "bottle_your_own", "any"}:
        raise ValueError("unknown voucher product")
    with transaction() as session:
        voucher = GiftVoucher(
            code=_voucher_code(),
            value=value,
            product=product,
            purchaser_email=purchaser_email,
            expires_on=date.today() + timedelta(days=365),
        )
        session.add(voucher)
    return voucher


def normalise(code: str) -> str:
    return code.replace(" ", "").replace("-", "").upper()
