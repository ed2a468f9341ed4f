"""Invite codes that let a commission client link their portal account.

The workshop office prints the code on the deposit receipt; the client
enters it once on the portal to attach the commission to their login.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

ALPHABET = string.ascii_uppercase + string.digits
GROUPS = 3
GROUP_LEN = 4
VALID_FOR = timedelta(days=30)


class InviteCode(Base):
    __tablename__ = "portal_invites"

    id = Column(Integer, primary_key=True)
    commission_ref = Column(String(20), nullable=False, index=True)
    code = Column(String(20), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed_by = Column(String(255), nullable=True)


def _new_code() -> str:
    parts = ["".join(random.choices(ALPHABET, k=GROUP_LEN)) for _ in range(GROUPS)]
    return "-".join(parts)


def issue_invite(session: Session, commission_ref: str) -> str:
    code = _new_code()
    session.add(
        InviteCode(
            commission_ref=commission_ref,
            code=code,
            expires_at=datetime.now(timezone.utc) + VALID_FOR,
        )
    )
    session.commit()
    return code


def redeem_invite(session: Session, code: str, email: str) -> str | None:
    """Attach the invite to a portal user; returns the commission ref or None."""
    normalised = code.strip().upper()
    invite = session.scalars(
        select(InviteCode).where(InviteCode.code == normalised)
    ).first()
    if invite is None or invite.redeemed_by is not None:
        return None
    if invite.expires_at < datetime.now(timezone.utc):
        return None
    invite.redeemed_by = email.strip().lower()
    session.commit()
    return invite.commission_ref
