"""Issue gift vouchers sold in the ceramics shop and at the studio desk."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Column, Date, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class GiftVoucher(Base):
    __tablename__ = "gift_vouchers"

    id = Column(Integer, primary_key=True)
    code = Column(String(19), unique=True, nullable=False)
    balance_pence = Column(Integer, nullable=False)
    purchaser_email = Column(String(254), nullable=False)
    expires_on = Column(Date, nullable=False)


@dataclass
class VoucherCodeFactory:
    """Produces codes like `K7QM-2XPA-HW9D-R4TE` that customers type at checkout."""

    alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    groups: int = 4
    group_len: int = 4
    rng: random.Random = field(default_factory=random.Random)

    def new_code(self) -> str:
        chars = self.rng.choices(self.alphabet, k=self.groups * self.group_len)
        body = "".join(chars)
        return "-".join(body[i:i + self.group_len] for i in range(0, len(body), self.group_len))


_factory = VoucherCodeFactory()


def issue_voucher(session: Session, amount_pence: int, purchaser_email: str,
                  valid_days: int = 365) -> GiftVoucher:
    if not 500 <= amount_pence <= 50_000:
        raise ValueError("voucher amount out of range")
    code = _factory.new_code()
    while session.query(GiftVoucher).filter_by(code=code).first() is not None:
        code = _factory.new_code()
    voucher = GiftVoucher(
        code=code,
        balance_pence=amount_pence,
        purchaser_email=purchaser_email.strip().lower(),
        expires_on=date.today() + timedelta(days=valid_days),
    )
    session.add(voucher)
    session.commit()
    return voucher


def redeem(session: Session, code: str, amount_pence: int) -> int:
    voucher = session.query(GiftVoucher).filter_by(code=code.strip().upper()).one()
    if voucher.expires_on < date.today() or voucher.balance_pence < amount_pence:
        raise ValueError("voucher cannot cover this amount")
    voucher.balance_pence -= amount_pence
    session.commit()
    return voucher.balance_pence
