"""Email confirmation of Gift Aid declarations.

When a donor fills in a Gift Aid declaration on the shop tablet we email them
a short code; the declaration only counts once they type it back in on the
website.  Codes expire after 48 hours.
"""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(hours=48)


class PendingDeclaration(Base):
    __tablename__ = "gift_aid_pending"

    id = Column(Integer, primary_key=True)
    donor_id = Column(Integer, nullable=False, index=True)
    email = Column(String(254), nullable=False)
    code = Column(String(16), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    confirmed_at = Column(DateTime(timezone=True))


def new_confirmation_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def start_confirmation(
    db: Session, donor_id: int, email: str, send_email: Callable[[str, str, str], None]
) -> PendingDeclaration:
    pending = PendingDeclaration(
        donor_id=donor_id,
        email=email,
        code=new_confirmation_code(),
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    db.add(pending)
    db.commit()
    send_email(
        email,
        "Confirm your Gift Aid declaration",
        f"Your confirmation code is {pending.code}. It is valid for 48 hours.",
    )
    return pending


def confirm(db: Session, donor_id: int, code: str) -> bool:
    now = datetime.now(timezone.utc)
    pending = db.scalars(
        select(PendingDeclaration)
        .where(PendingDeclaration.donor_id == donor_id)
        .where(PendingDeclaration.confirmed_at.is_(None))
        .where(PendingDeclaration.expires_at > now)
        .order_by(PendingDeclaration.id.desc())
    ).first()
    if pending is None:
        return False
    if not hmac.compare_digest(pending.code, code.strip().upper()):
        return False
    pending.confirmed_at = now
    db.commit()
    return True
