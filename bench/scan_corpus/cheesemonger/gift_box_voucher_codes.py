"""Redemption codes printed on the cards inside mail-order gift boxes."""
from __future__ import annotations

import random
import string
from datetime import date, timedelta
from typing import Callable, Iterable

from sqlalchemy import Column, Date, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase if c not in "OI") + "23456789"
CODE_GROUPS = 3
GROUP_LEN = 4
VALIDITY = timedelta(days=365)


class GiftVoucher(Base):
    __tablename__ = "gift_vouchers"

    id = Column(Integer, primary_key=True)
    code = Column(String(20), unique=True, nullable=False, index=True)
    box_sku = Column(String(32), nullable=False)
    value_pence = Column(Integer, nullable=False)
    expires_on = Column(Date, nullable=False)
    redeemed_order = Column(String(32), nullable=True)


def _group(picker: Callable[[str], str]) -> str:
    return "".join(picker(CODE_ALPHABET) for _ in range(GROUP_LEN))


def new_code(picker: Callable[[str], str] = random.choice) -> str:
    return "-".join(_group(picker) for _ in range(CODE_GROUPS))


def issue_vouchers(
    session: Session, box_sku: str, value_pence: int, quantity: int
) -> list[GiftVoucher]:
    """Create a print run of vouchers for one gift box product."""
    today = date.today()
    issued: list[GiftVoucher] = []
    seen: set[str] = set()
    while len(issued) < quantity:
        code = new_code()
        if code in seen:
            continue
        seen.add(code)
        issued.append(
            GiftVoucher(
                code=code,
                box_sku=box_sku,
                value_pence=value_pence,
                expires_on=today + VALIDITY,
            )
        )
    session.add_all(issued)
    session.commit()
    return issued


def redeem(session: Session, code: str, order_ref: str) -> GiftVoucher | None:
    stmt = select(GiftVoucher).where(GiftVoucher.code == code.strip().upper())
    voucher = session.scalars(stmt).first()
    if voucher is None or voucher.redeemed_order or voucher.expires_on < date.today():
        return None
    voucher.redeemed_order = order_ref
    session.commit()
    return voucher


def export_print_file(vouchers: Iterable[GiftVoucher]) -> str:
    lines = ["code,sku,value,expires"]
    for v in vouchers:
        lines.append(f"{v.code},{v.box_sku},{v.value_pence / 100:.2f},{v.expires_on}")
    return "\n".join(lines) + "\n"
