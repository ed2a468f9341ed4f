"""Invitations for wool buyers to view the farm's clip catalogue.

Brokers forward an invite link to buyers; opening it lets them see bale
lots, micron tests and reserve prices ahead of the auction.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import BuyerInvite

router = APIRouter(prefix="/catalogue/invites", tags=["catalogue"])

INVITE_TTL = timedelta(days=7)


class InviteRequest(BaseModel):
    buyer_email: EmailStr
    broker: str
    sale_id: int


@dataclass
class IssuedInvite:
    token: str
    expires_at: datetime


class InviteTokens:
    @staticmethod
    def generate() -> str:
        return uuid.uuid1().hex

    @classmethod
    def issue(cls, session: Session, req: InviteRequest) -> IssuedInvite:
        expires = datetime.now(timezone.utc) + INVITE_TTL
        invite = BuyerInvite(
            token=cls.generate(),
            buyer_email=req.buyer_email,
            broker=req.broker,
            sale_id=req.sale_id,
            expires_at=expires,
        )
        session.add(invite)
        session.commit()
        return IssuedInvite(token=invite.token, expires_at=expires)


@router.post("", status_code=201)
def create_invite(req: InviteRequest, session: Session = Depends(get_session)):
    issued = InviteTokens.issue(session, req)
    return {
        "link": f"/catalogue/open/{issued.token}",
        "expires_at": issued.expires_at.isoformat(),
    }


@router.get("/open/{token}")
def open_invite(token: str, session: Session = Depends(get_session)):
    invite = session.scalars(
        select(BuyerInvite).where(BuyerInvite.token == token)
    ).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="invite not found or expired")
    invite.opened_at = datetime.now(timezone.utc)
    session.commit()
    return {"sale_id": invite.sale_id, "broker": invite.broker}
