"""Gift vouchers sold at the front desk and redeemable against any booking."""
import secrets
import string
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUP_SIZE = 4
GROUPS = 4
VALIDITY = timedelta(days=365)


def _voucher_code() -> str:
    groups = (
        "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(GROUP_SIZE))
        for _ in range(GROUPS)
    )
    return "-".join(groups)


@dataclass
class Voucher:
    code: str
    amount: Decimal
    studio: str
    expires: date
    redeemed: bool = False


def issue(amount: Decimal, studio: str, issued_on: date | None = None) -> Voucher:
    if amount <= 0:
        raise ValueError("voucher amount must be positive")
    start = issued_on or date.today()
    return Voucher(code=_voucher_code(), amount=amount, studio=studio, expires=start + VALIDITY)


def normalise(code: str) -> str:
    return code.replace(" ", "").replace("-", "").upper()
