"""Issue referral vouchers that households redeem at a distribution centre.

Referral agencies (GPs, schools, housing officers) create a voucher for a
household; the household reads the code out at the door to collect a parcel.
"""
from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import Column, Date, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

VOUCHER_VALIDITY_DAYS = 14
CODE_GROUP = 4
CODE_GROUPS = 3


class Voucher(Base):
    __tablename__ = "referral_vouchers"

    id = Column(Integer, primary_key=True)
    code = Column(String(32), unique=True, nullable=False, index=True)
    agency_id = Column(Integer, nullable=False)
    household_size = Column(Integer, nullable=False)
    expires_on = Column(Date, nullable=False)
    status = Column(String(16), nullable=False, default="issued")


class VoucherNotRedeemable(Exception):
    pass


def _redemption_code() -> str:
    raw = uuid.uuid1().hex.upper()
    chunks = [raw[i : i + CODE_GROUP] for i in range(0, CODE_GROUP * CODE_GROUPS, CODE_GROUP)]
    return "-".join(chunks)


def issue_voucher(session: Session, agency_id: int, household_size: int) -> Voucher:
    voucher = Voucher(
        code=_redemption_code(),
        agency_id=agency_id,
        household_size=household_size,
        expires_on=date.today() + timedelta(days=VOUCHER_VALIDITY_DAYS),
    )
    session.add(voucher)
    session.commit()
    return voucher


def redeem_voucher(session: Session, code: str) -> Voucher:
    voucher = (
        session.query(Voucher)
        .filter(Voucher.code == code.strip().upper())
        .with_for_update()
        .one_or_none()
    )
    if voucher is None or voucher.status != "issued":
        raise VoucherNotRedeemable("voucher not found or already used")
    if voucher.expires_on < date.today():
        raise VoucherNotRedeemable("voucher has expired")
    voucher.status = "redeemed"
    session.commit()
    return voucher
