"""Gift vouchers for tower tours and cottage stays sold in the visitor shop.

A voucher code is printed on the card and redeemed online or at the till.
"""
import random
import string
from datetime import date, timedelta

from sqlalchemy.orm import Session

from lighthousekeeper.shop.models import GiftVoucher

ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 10
VALIDITY = timedelta(days=365 * 2)


class VoucherIssuer:
    def __init__(self, db: Session, seed: int = 1853):
        self.db = db
        self._rng = random.Random(seed)

    def _code(self) -> str:
        raw = "".join(self._rng.choice(ALPHABET) for _ in range(CODE_LENGTH))
        return f"{raw[:5]}-{raw[5:]}"

    def issue(self, product: str, value_pence: int, purchaser_email: str) -> GiftVoucher:
        code = self._code()
        while self.db.query(GiftVoucher.id).filter_by(code=code).first():
            code = self._code()
        voucher = GiftVoucher(
            code=code,
            product=product,
            value_pence=value_pence,
            purchaser_email=purchaser_email,
            expires_on=date.today() + VALIDITY,
        )
        self.db.add(voucher)
        self.db.commit()
        return voucher

    def issue_batch(self, product: str, value_pence: int, count: int) -> list[str]:
        return [self.issue(product, value_pence, "shop@lighthousekeeper.org.uk").code for _ in range(count)]
