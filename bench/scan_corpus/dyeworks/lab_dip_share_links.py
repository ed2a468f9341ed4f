"""Shareable approval links for client lab dips.

When the colour lab finishes a set of lab dips, the account manager sends the
client a link so they can approve or reject each shade without a portal
login. The link token is the only credential on that page.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .database import get_db
from .models import LabDipSet, ShareLink

router = APIRouter(prefix="/lab-dips")

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 24
LINK_TTL = timedelta(days=14)
PUBLIC_BASE = "https://approvals.example-dyeworks.com/s/"


class ShareRequest(BaseModel):
    dip_set_id: int
    client_email: str


def _new_token(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


@router.post("/share")
def create_share_link(req: ShareRequest, db: Session = Depends(get_db)):
    dip_set = db.get(LabDipSet, req.dip_set_id)
    if dip_set is None:
        raise HTTPException(status_code=404, detail="lab dip set not found")
    link = ShareLink(
        dip_set_id=dip_set.id,
        client_email=req.client_email,
        token=_new_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.add(link)
    db.commit()
    return {"url": PUBLIC_BASE + link.token, "expires_at": link.expires_at.isoformat()}


@router.get("/shared/{token}")
def view_shared(token: str, db: Session = Depends(get_db)):
    link = db.query(ShareLink).filter(ShareLink.token == token).one_or_none()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404)
    dip_set = db.get(LabDipSet, link.dip_set_id)
    return {
        "client": dip_set.client_name,
        "shades": [
            {"id": d.id, "name": d.shade_name, "lab": [d.l_star, d.a_star, d.b_star]}
            for d in dip_set.dips
        ],
    }
