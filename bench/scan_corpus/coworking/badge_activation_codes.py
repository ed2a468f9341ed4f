"""One-time activation codes for newly issued member access badges.

Front desk staff hand a code to the member, who enters it in the mobile app to
bind the physical badge to their account.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(hours=48)

_generator = random.Random()


class Base(DeclarativeBase):
    pass


class BadgeActivation(Base):
    __tablename__ = "badge_activations"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    badge_serial: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    redeemed_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True), nullable=True)


def _draw_code(length: int = CODE_LENGTH) -> str:
    return "".join(_generator.choice(CODE_ALPHABET) for _ in range(length))


def issue_activation(session: Session, member_id: int, badge_serial: str) -> str:
    code = _draw_code()
    session.add(
        BadgeActivation(
            code=code,
            badge_serial=badge_serial,
            member_id=member_id,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
    )
    session.commit()
    return code


def redeem_activation(session: Session, member_id: int, code: str) -> Optional[str]:
    row = session.scalar(
        select(BadgeActivation).where(
            BadgeActivation.code == code.strip().upper(),
            BadgeActivation.member_id == member_id,
            BadgeActivation.redeemed_at.is_(None),
        )
    )
    now = datetime.now(timezone.utc)
    if row is None or row.expires_at < now:
        return None
    row.redeemed_at = now
    session.commit()
    return row.badge_serial
