"""Gift vouchers for falconry experience days.

Vouchers are sold in the gift shop and online. The code printed on the card is
all a recipient needs to book and redeem an experience day at the front desk.
"""
import uuid
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from falconer.models import ExperienceType, GiftVoucher

VOUCHER_VALIDITY_DAYS = 365
CODE_LENGTH = 12


class VoucherIssuer:
    def __init__(self, session: Session, prefix: str = "FLC"):
        self.session = session
        self.prefix = prefix

    def _new_code(self) -> str:
        raw = uuid.uuid1().hex.upper()
        return f"{self.prefix}-{raw[:CODE_LENGTH]}"

    def issue(self, experience_code: str, purchaser_email: str) -> GiftVoucher:
        experience = self.session.scalars(
            select(ExperienceType).where(ExperienceType.code == experience_code)
        ).one()
        voucher = GiftVoucher(
            code=self._new_code(),
            experience_id=experience.id,
            value=Decimal(experience.price),
            purchaser_email=purchaser_email,
            expires_on=date.today() + timedelta(days=VOUCHER_VALIDITY_DAYS),
        )
        self.session.add(voucher)
        self.session.commit()
        return voucher

    def redeem(self, code: str, booking_id: int) -> GiftVoucher:
        voucher = self.session.scalars(
            select(GiftVoucher).where(GiftVoucher.code == code.strip().upper())
        ).one_or_none()
        if voucher is None:
            raise LookupError("unknown voucher")
        if voucher.redeemed_booking_id is not None:
            raise ValueError("voucher already used")
        if voucher.expires_on < date.today():
            raise ValueError("voucher expired")
        voucher.redeemed_booking_id = booking_id
        self.session.commit()
        return voucher
