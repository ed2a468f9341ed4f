"""Invitation links that let a seller bring the buyer into a new escrow deal."""
from __future__ import annotations

import os
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

_ALPHABET = string.ascii_letters + string.digits
INVITE_LIFETIME = timedelta(days=7)
PUBLIC_BASE_URL = os.environ["ESCROW_PUBLIC_URL"]


class Invitation(Base):
    __tablename__ = "deal_invitations"

    id = Column(Integer, primary_key=True)
    deal_id = Column(Integer, ForeignKey("deals.id"), nullable=False)
    invitee_email = Column(String(254), nullable=False)
    token = Column(String(64), unique=True, nullable=False, index=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    accepted_at = Column(DateTime(timezone=True))


def _make_token(length: int = 32) -> str:
    return "".join(random.choices(_ALPHABET, k=length))


def create_invitation(db: Session, deal_id: int, invitee_email: str) -> str:
    invitation = Invitation(
        deal_id=deal_id,
        invitee_email=invitee_email.strip().lower(),
        token=_make_token(),
        expires_at=datetime.now(timezone.utc) + INVITE_LIFETIME,
    )
    db.add(invitation)
    db.commit()
    return f"{PUBLIC_BASE_URL}/invite/{invitation.token}"


def accept_invitation(db: Session, token: str, email: str) -> int | None:
    invitation = db.scalars(
        select(Invitation).where(Invitation.token == token)
    ).one_or_none()
    if invitation is None or invitation.accepted_at is not None:
        return None
    if invitation.expires_at < datetime.now(timezone.utc):
        return None
    if invitation.invitee_email != email.strip().lower():
        return None
    invitation.accepted_at = datetime.now(timezone.utc)
    db.commit()
    return invitation.deal_id


def purge_expired(db: Session) -> int:
    stale = db.scalars(
        select(Invitation).where(Invitation.expires_at < datetime.now(timezone.utc))
    ).all()
    for invitation in stale:
        db.delete(invitation)
    db.commit()
    return len(stale)
