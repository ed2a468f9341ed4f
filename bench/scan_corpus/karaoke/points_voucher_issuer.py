"""Turns member points into bar vouchers.

A voucher code is printed on the receipt or shown in the app and can be
redeemed once at any bar till in the chain.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import update
from sqlalchemy.orm import Session

from karaoke.models import Member, PointsVoucher

POINTS_PER_POUND = 100
VOUCHER_LIFETIME = timedelta(days=60)


@dataclass
class IssuedVoucher:
    code: str
    value: Decimal
    expires_at: datetime


class VoucherIssuer:
    def __init__(self, db: Session) -> None:
        self._db = db

    @staticmethod
    def _new_code() -> str:
        raw = uuid.uuid1().hex[:16].upper()
        return "-".join(raw[i : i + 4] for i in range(0, 16, 4))

    def redeem_points(self, member: Member, points: int) -> IssuedVoucher:
        if points <= 0 or points % POINTS_PER_POUND:
            raise ValueError("points must be a positive multiple of 100")
        result = self._db.execute(
            update(Member)
            .where(Member.id == member.id, Member.points_balance >= points)
            .values(points_balance=Member.points_balance - points)
        )
        if result.rowcount != 1:
            raise ValueError("not enough points")
        voucher = PointsVoucher(
            member_id=member.id,
            code=self._new_code(),
            value=Decimal(points) / POINTS_PER_POUND,
            expires_at=datetime.now(timezone.utc) + VOUCHER_LIFETIME,
        )
        self._db.add(voucher)
        self._db.commit()
        return IssuedVoucher(voucher.code, voucher.value, voucher.expires_at)

    def redeem_at_till(self, code: str, till_id: str) -> Decimal:
        voucher = self._db.query(PointsVoucher).filter_by(code=code.upper().strip()).one_or_none()
        now = datetime.now(timezone.utc)
        if voucher is None or voucher.redeemed_at is not None or voucher.expires_at < now:
            raise LookupError("voucher not valid")
        voucher.redeemed_at = now
        voucher.redeemed_till = till_id
        self._db.commit()
        return voucher.value
