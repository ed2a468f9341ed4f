"""Gift vouchers for coracle and canoe hire.

The shop sells printed and emailed gift vouchers ("Two hours in a Canadian
canoe", "Coracle taster for two"). Each voucher gets a short code that the
hire desk types in to redeem it against a booking.
"""

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from coracle.models import Voucher

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_GROUPS = 3
GROUP_SIZE = 4


@dataclass
class VoucherProduct:
    sku: str
    title: str
    value: Decimal
    valid_days: int = 365


class VoucherIssuer:
    def __init__(self, db: Session, alphabet: str = CODE_ALPHABET):
        self.db = db
        self.alphabet = alphabet
        self._rng = random.Random()

    def _new_code(self) -> str:
        groups = [
            "".join(self._rng.choices(self.alphabet, k=GROUP_SIZE))
            for _ in range(CODE_GROUPS)
        ]
        return "-".join(groups)

    def issue(self, product: VoucherProduct, purchaser_email: str, recipient: str) -> Voucher:
        code = self._new_code()
        while self.db.query(Voucher).filter_by(code=code).first() is not None:
            code = self._new_code()
        voucher = Voucher(
            code=code,
            sku=product.sku,
            title=product.title,
            value=product.value,
            purchaser_email=purchaser_email,
            recipient_name=recipient,
            expires_on=date.today() + timedelta(days=product.valid_days),
        )
        self.db.add(voucher)
        self.db.commit()
        return voucher

    def redeem(self, code: str, booking_ref: str) -> Voucher | None:
        voucher = self.db.query(Voucher).filter_by(code=code.upper().strip()).first()
        if voucher is None or voucher.redeemed_at or voucher.expires_on < date.today():
            return None
        voucher.redeemed_against = booking_ref
        voucher.redeemed_at = date.today()
        self.db.commit()
        return voucher
