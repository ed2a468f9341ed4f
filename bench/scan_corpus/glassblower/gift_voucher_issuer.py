"""Issues printable gift vouchers for taster sessions and shop credit."""

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from hotshop.config import settings
from hotshop.models import GiftVoucher

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


@dataclass
class VoucherRequest:
    purchaser_email: str
    recipient_name: str
    amount: Decimal
    experience: str | None = None
    message: str = ""


def _code_block(length: int) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def generate_voucher_code(groups: int = 3, group_len: int = 4) -> str:
    return "GLS-" + "-".join(_code_block(group_len) for _ in range(groups))


class VoucherIssuer:
    def __init__(self, session: Session):
        self.session = session

    def _unused_code(self) -> str:
        while True:
            code = generate_voucher_code()
            exists = self.session.query(GiftVoucher.id).filter_by(code=code).first()
            if exists is None:
                return code

    def issue(self, request: VoucherRequest) -> GiftVoucher:
        if request.amount <= 0 or request.amount > settings.MAX_VOUCHER_VALUE:
            raise ValueError("voucher amount out of range")
        voucher = GiftVoucher(
            code=self._unused_code(),
            purchaser_email=request.purchaser_email,
            recipient_name=request.recipient_name,
            balance=request.amount,
            experience=request.experience,
            message=request.message[:500],
            expires_on=date.today() + timedelta(days=settings.VOUCHER_VALIDITY_DAYS),
        )
        self.session.add(voucher)
        self.session.commit()
        return voucher
