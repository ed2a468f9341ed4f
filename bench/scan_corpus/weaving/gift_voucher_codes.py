"""Issue and redeem gift vouchers sold through the workshop's online shop."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

VOUCHER_ALPHABET = string.ascii_uppercase + string.digits
VOUCHER_LENGTH = 12
VOUCHER_VALIDITY = timedelta(days=365)

metadata = sa.MetaData()
vouchers = sa.Table(
    "gift_vouchers",
    metadata,
    sa.Column("code", sa.String(16), primary_key=True),
    sa.Column("amount", sa.Numeric(8, 2), nullable=False),
    sa.Column("buyer_email", sa.String(255), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("redeemed_order", sa.String(32), nullable=True),
)


class VoucherError(Exception):
    pass


def new_voucher_code() -> str:
    raw = "".join(random.choices(VOUCHER_ALPHABET, k=VOUCHER_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, VOUCHER_LENGTH, 4))


def issue_voucher(session: Session, amount: Decimal, buyer_email: str) -> str:
    if amount <= 0 or amount > Decimal("500"):
        raise VoucherError("voucher amount out of range")
    code = new_voucher_code()
    session.execute(
        vouchers.insert().values(
            code=code,
            amount=amount,
            buyer_email=buyer_email,
            expires_at=datetime.now(timezone.utc) + VOUCHER_VALIDITY,
        )
    )
    session.commit()
    return code


def redeem_voucher(session: Session, code: str, order_id: str) -> Decimal:
    normalized = code.strip().upper()
    row = session.execute(
        sa.select(vouchers).where(vouchers.c.code == normalized).with_for_update()
    ).first()
    if row is None:
        raise VoucherError("unknown voucher")
    if row.redeemed_order is not None:
        raise VoucherError("voucher already used")
    if row.expires_at < datetime.now(timezone.utc):
        raise VoucherError("voucher expired")
    session.execute(
        vouchers.update()
        .where(vouchers.c.code == normalized)
        .values(redeemed_order=order_id)
    )
    session.commit()
    return Decimal(row.amount)
