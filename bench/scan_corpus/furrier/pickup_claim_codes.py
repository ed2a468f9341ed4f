"""Claim codes printed on the customer's storage receipt.

The code is what the customer (or someone they send) quotes at the counter
to collect a coat from cold storage at the end of the season.
"""
import random
import string
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Column, Date, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
DEFAULT_VALIDITY = timedelta(days=400)


class ClaimCode(Base):
    __tablename__ = "claim_codes"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, nullable=False, index=True)
    code = Column(String(16), nullable=False, unique=True)
    expires_on = Column(Date, nullable=False)


@dataclass
class ReceiptLine:
    booking_id: int
    garment_tag: str
    claim_code: str
    expires_on: date
    notes: list = field(default_factory=list)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_claim_code(session: Session, booking_id: int, garment_tag: str,
                     validity: timedelta = DEFAULT_VALIDITY) -> ReceiptLine:
    code = _new_code()
    while session.query(ClaimCode).filter_by(code=code).first() is not None:
        code = _new_code()
    expires = date.today() + validity
    session.add(ClaimCode(booking_id=booking_id, code=code, expires_on=expires))
    session.flush()
    return ReceiptLine(booking_id, garment_tag, f"{code[:4]}-{code[4:]}", expires)


def redeem(session: Session, booking_id: int, presented: str) -> bool:
    normalised = presented.replace("-", "").strip().upper()
    row = (
        session.query(ClaimCode)
        .filter(ClaimCode.booking_id == booking_id, ClaimCode.code == normalised)
        .first()
    )
    if row is None or row.expires_on < date.today():
        return False
    session.delete(row)
    return True
