"""Invite codes that let a new restaurant or retailer open a trade account."""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

INVITE_TTL = timedelta(days=7)


class TradeInvite(Base):
    __tablename__ = "trade_invites"

    id = Column(Integer, primary_key=True)
    code = Column(String(64), unique=True, nullable=False)
    company_name = Column(String(200), nullable=False)
    sales_rep_id = Column(Integer, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed_at = Column(DateTime(timezone=True))


@dataclass
class InviteRequest:
    company_name: str
    sales_rep_id: int


def create_invite(session: Session, req: InviteRequest) -> TradeInvite:
    invite = TradeInvite(
        code=secrets.token_urlsafe(24),
        company_name=req.company_name,
        sales_rep_id=req.sales_rep_id,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    session.add(invite)
    session.commit()
    return invite


def redeem_invite(session: Session, code: str) -> TradeInvite | None:
    invite = session.scalars(select(TradeInvite).where(TradeInvite.code == code)).first()
    now = datetime.now(timezone.utc)
    if invite is None or invite.redeemed_at is not None or invite.expires_at < now:
        return None
    invite.redeemed_at = now
    session.commit()
    return invite
