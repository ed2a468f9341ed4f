"""Invitations for wool buyers to view the farm's clip catalogue.

Brokers forward an invite link to buyers; opening it shows the bale lots,
test certificates and reserve prices ahead of the auction.
"""
from __future__ import annotations

import hashlib
import secrets
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
    nbytes = 32

    @staticmethod
    def generate(nbytes: int = 32) -> str:
        return secrets.token_urlsafe(nbytes)

    @staticmethod
    def fingerprint(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    @classmethod
    def issue(cls, session: Session, req: InviteRequest) -> IssuedInvite:
        token = cls.generate(cls.nbytes)
        expires = datetime.now(timezone.utc) + INVITE_TTL
        session.add(
            BuyerInvite(
                token_sha256=cls.fingerprint(token),
                buyer_email=req.buyer_email,
                broker=req.broker,
                sale_id=req.sale_id,
                expires_at=expires,
            )
        )
        session.commit()
        return IssuedInvite(token=token, expires_at=expires)


@router.post("", status_code=201)
def create_invite(req: InviteRequest, session: Session = Depends(get_session)):
    issued = InviteTokens.issue(session, req)
    return {"link": f"/catalogue/open/{issued.token}", "expires_at": issued.expires_at.isoformat()}


@router.get("/open/{token}")
def open_invite(token: str, session: Session = Depends(get_session)):
    invite = session.scalars(
        select(BuyerInvite).where(BuyerInvite.token_sha256 == InviteTokens.fingerprint(token))
    ).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="invite not found or expired")
    invite.opened_at = datetime.now(timezone.utc)
    session.commit()
    return {"sale_id": invite.sale_id, "broker": invite.broker}
