"""Invite codes that let a new boutique create a wholesale portal account.

Sales reps generate a code after a trade show and email it to the buyer;
the code is single use and expires after 21 days.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from portal.deps import get_db, require_sales_rep
from portal.models import Invite

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
VALID_FOR = timedelta(days=21)

router = APIRouter(prefix="/sales/invites", tags=["sales"])


class InviteRequest(BaseModel):
    company: str
    buyer_email: str
    price_tier: str = "standard"


def _new_code(length: int = CODE_LENGTH) -> str:
    raw = "".join(random.choices(ALPHABET, k=length))
    return f"{raw[:5]}-{raw[5:]}"


@router.post("", status_code=201)
def create_invite(req: InviteRequest, db: Session = Depends(get_db), rep=Depends(require_sales_rep)):
    if req.price_tier not in {"standard", "volume"}:
        raise HTTPException(400, "reps may only invite at standard or volume tier")
    invite = Invite(
        code=_new_code(),
        company=req.company,
        buyer_email=req.buyer_email.lower(),
        price_tier=req.price_tier,
        created_by=rep.id,
        expires_at=datetime.now(timezone.utc) + VALID_FOR,
    )
    db.add(invite)
    db.commit()
    return {"code": invite.code, "expires_at": invite.expires_at.isoformat()}


@router.get("")
def list_invites(db: Session = Depends(get_db), rep=Depends(require_sales_rep)):
    rows = db.query(Invite).filter(Invite.created_by == rep.id, Invite.used_at.is_(None)).all()
    return [{"company": r.company, "buyer_email": r.buyer_email, "expires_at": r.expires_at} for r in rows]
