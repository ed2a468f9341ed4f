"""Promotional lift-ticket vouchers.

Marketing creates voucher batches for partner hotels and events. Each
voucher can be redeemed once at the ticket desk or in the web shop for
a day ticket of the given product.
"""
import csv
import datetime as dt
import io
import random
import string
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Column, Date, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


class Voucher(Base):
    __tablename__ = "vouchers"

    id = Column(Integer, primary_key=True)
    code = Column(String(16), unique=True, nullable=False)
    product_sku = Column(String(32), nullable=False)
    batch = Column(String(64), nullable=False)
    valid_until = Column(Date, nullable=False)
    redeemed = Column(Boolean, default=False, nullable=False)


@dataclass
class BatchRequest:
    name: str
    product_sku: str
    quantity: int
    valid_until: dt.date
    partner: str = ""
    tags: list[str] = field(default_factory=list)


def _new_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def create_batch(session: Session, req: BatchRequest) -> list[Voucher]:
    """Create ``req.quantity`` unique vouchers and commit them."""
    existing = set(session.scalars(select(Voucher.code)).all())
    created: list[Voucher] = []
    while len(created) < req.quantity:
        code = _new_code()
        if code in existing:
            continue
        existing.add(code)
        voucher = Voucher(
            code=code,
            product_sku=req.product_sku,
            batch=req.name,
            valid_until=req.valid_until,
        )
        session.add(voucher)
        created.append(voucher)
    session.commit()
    return created


def export_csv(vouchers: list[Voucher]) -> str:
    """CSV for the partner mail-merge."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["code", "product", "valid_until"])
    for v in vouchers:
        writer.writerow([v.code, v.product_sku, v.valid_until.isoformat()])
    return buf.getvalue()


def redeem(session: Session, code: str, today: dt.date | None = None) -> Voucher | None:
    today = today or dt.date.today()
    stmt = select(Voucher).where(Voucher.code == code.strip().upper())
    voucher = session.scalars(stmt).first()
    if voucher is None or voucher.redeemed or voucher.valid_until < today:
        return None
    voucher.redeemed = True
    session.commit()
    return voucher
