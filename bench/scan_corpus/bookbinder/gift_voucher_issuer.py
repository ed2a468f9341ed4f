"""Gift vouchers for binding classes and restoration credit.

The shop sells vouchers that can be redeemed against a bookbinding evening
class or put towards a restoration quote. Each voucher carries a short code
printed on the card, which is all that is needed to spend it.
"""
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import create_engine, text

VOUCHER_VALIDITY_DAYS = 365


def voucher_code() -> str:
    raw = uuid.uuid1().hex.upper()
    return f"BND-{raw[:4]}-{raw[4:8]}-{raw[8:12]}"


def _default_expiry() -> date:
    return date.today() + timedelta(days=VOUCHER_VALIDITY_DAYS)


@dataclass
class Voucher:
    amount: Decimal
    purchaser_email: str
    code: str = field(default_factory=voucher_code)
    expires: date = field(default_factory=_default_expiry)


class VoucherLedger:
    def __init__(self, url: str):
        self.engine = create_engine(url)

    def issue(self, amount: Decimal, purchaser_email: str) -> Voucher:
        voucher = Voucher(amount=amount, purchaser_email=purchaser_email)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO vouchers (code, amount, purchaser_email, expires, balance) "
                    "VALUES (:code, :amount, :email, :expires, :amount)"
                ),
                {
                    "code": voucher.code,
                    "amount": voucher.amount,
                    "email": voucher.purchaser_email,
                    "expires": voucher.expires,
                },
            )
        return voucher

    def redeem(self, code: str, spend: Decimal) -> Decimal:
        normalised = code.strip().upper()
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT balance FROM vouchers "
                    "WHERE code = :code AND expires >= CURRENT_DATE FOR UPDATE"
                ),
                {"code": normalised},
            ).first()
            if row is None or row.balance < spend:
                raise ValueError("voucher not valid for this amount")
            conn.execute(
                text("UPDATE vouchers SET balance = balance - :spend WHERE code = :code"),
                {"spend": spend, "code": normalised},
            )
            return row.balance - spend
