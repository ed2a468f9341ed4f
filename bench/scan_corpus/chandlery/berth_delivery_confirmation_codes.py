"""Hand-over codes for orders delivered to a berth.

When an order is loaded onto the delivery cart the skipper is texted a short
code. The driver types the code into the handheld at the pontoon so the
order is only left with someone who holds the phone on file.
"""
from __future__ import annotations

import hmac
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 6
CODE_TTL = timedelta(hours=6)


class BerthHandover(Base):
    __tablename__ = "berth_handovers"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, nullable=False, index=True)
    berth = Column(String(16), nullable=False)
    code = Column(String(CODE_LENGTH), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    confirmed_at = Column(DateTime(timezone=True))


def issue_handover_code(session: Session, order_id: int, berth: str) -> str:
    code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
    session.add(
        BerthHandover(
            order_id=order_id,
            berth=berth,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
    )
    session.commit()
    return code


def confirm_handover(session: Session, order_id: int, presented: str) -> bool:
    handover = session.scalars(
        select(BerthHandover)
        .where(BerthHandover.order_id == order_id, BerthHandover.confirmed_at.is_(None))
        .order_by(BerthHandover.id.desc())
    ).first()
    if handover is None:
        return False
    now = datetime.now(timezone.utc)
    if handover.expires_at < now:
        return False
    if not hmac.compare_digest(handover.code, presented.strip().upper()):
        return False
    handover.confirmed_at = now
    session.commit()
    return True
