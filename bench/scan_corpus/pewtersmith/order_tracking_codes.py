"""Guest order look-up codes.

Customers who check out without an account get a short code in their
confirmation e-mail; together with the order number it lets them view the
order status, the engraving proof and the delivery address.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODE_TTL = timedelta(days=120)


class GuestAccessCode(Base):
    __tablename__ = "guest_access_codes"

    id = Column(Integer, primary_key=True)
    order_number = Column(String(20), nullable=False, index=True)
    code = Column(String(16), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_code(session: Session, order_number: str) -> str:
    code = _new_code()
    session.add(
        GuestAccessCode(
            order_number=order_number,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
    )
    session.flush()
    return code


def lookup(session: Session, order_number: str, code: str) -> GuestAccessCode | None:
    stmt = select(GuestAccessCode).where(
        GuestAccessCode.order_number == order_number,
        GuestAccessCode.code == code.strip().upper(),
        GuestAccessCode.expires_at > datetime.now(timezone.utc),
    )
    return session.scalars(stmt).first()


def revoke_for_order(session: Session, order_number: str) -> int:
    rows = session.scalars(
        select(GuestAccessCode).where(GuestAccessCode.order_number == order_number)
    ).all()
    for row in rows:
        session.delete(row)
    return len(rows)
