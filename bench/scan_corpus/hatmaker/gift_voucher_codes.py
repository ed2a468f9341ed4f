"""Gift vouchers for the online shop (a fitting plus a contribution to a hat).

Codes are printed on cards as XXXX-XXXX-XXXX using an alphabet without the
easily confused characters 0/O and 1/I.
"""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import GiftVoucher

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS = 3
GROUP_LEN = 4
VALIDITY = dt.timedelta(days=365)


def new_voucher_code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(GROUP_LEN))
        for _ in range(GROUPS)
    )
    return "-".join(groups)


def normalise(code: str) -> str:
    cleaned = code.upper().replace(" ", "").replace("-", "")
    return "-".join(cleaned[i:i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN))


@dataclass
class VoucherIssue:
    amount: Decimal
    purchaser_email: str
    recipient_name: str
    message: str = ""
    issued_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))


class VoucherService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def issue(self, request: VoucherIssue) -> GiftVoucher:
        voucher = GiftVoucher(
            code=new_voucher_code(),
            balance=request.amount,
            purchaser_email=request.purchaser_email,
            recipient_name=request.recipient_name,
            message=request.message,
            expires_at=request.issued_at + VALIDITY,
        )
        self._session.add(voucher)
        self._session.commit()
        return voucher

    def redeem(self, code: str, amount: Decimal) -> Decimal:
        voucher = self._session.execute(
            select(GiftVoucher).where(GiftVoucher.code == normalise(code)).with_for_update()
        ).scalar_one_or_none()
        if voucher is None or voucher.expires_at < dt.datetime.now(dt.timezone.utc):
            raise LookupError("Voucher not found or expired")
        used = min(amount, voucher.balance)
        voucher.balance -= used
        self._session.commit()
        return used
