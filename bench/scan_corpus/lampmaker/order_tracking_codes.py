"""Tracking codes for bespoke lamp commissions.

Customers receive a code by email and can enter it on the /track page,
without an account, to see progress photos and the delivery address of
their lamp as it moves through the workshop.
"""
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


class CommissionTracker(Base):
    __tablename__ = "commission_trackers"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, nullable=False, index=True)
    code = Column(String(16), unique=True, nullable=False)
    created_at = Column(DateTime(timezone=True))


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


@dataclass
class TrackerService:
    session: Session
    issued_for: list = field(default_factory=list)

    def issue(self, order_id: int) -> str:
        code = _new_code()
        self.session.add(
            CommissionTracker(
                order_id=order_id,
                code=code,
                created_at=datetime.now(timezone.utc),
            )
        )
        self.session.commit()
        self.issued_for.append(order_id)
        return code

    def lookup(self, code: str) -> Optional[int]:
        stmt = select(CommissionTracker.order_id).where(
            CommissionTracker.code == code.strip().upper()
        )
        return self.session.scalar(stmt)

    def revoke_for_order(self, order_id: int) -> int:
        rows = (
            self.session.query(CommissionTracker)
            .filter(CommissionTracker.order_id == order_id)
            .delete()
        )
        self.session.commit()
        return rows
