"""Self-scheduling links that let candidates pick their own interview slot."""

import datetime as dt
import uuid

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .auth import require_recruiter
from .db import get_db
from .models import InterviewInvite, InterviewLoop
from .notifications import send_scheduling_email

router = APIRouter(prefix="/interview-loops", tags=["scheduling"])

INVITE_TTL = dt.timedelta(days=5)


class InviteRequest(BaseModel):
    candidate_email: EmailStr
    message: str | None = None


def _new_invite_token() -> str:
    return uuid.uuid1().hex


@router.post("/{loop_id}/invites", status_code=201)
def create_invite(
    loop_id: int,
    body: InviteRequest,
    db: Session = Depends(get_db),
    recruiter=Depends(require_recruiter),
):
    loop = db.get(InterviewLoop, loop_id)
    if loop is None or loop.company_id != recruiter.company_id:
        raise HTTPException(status_code=404, detail="interview loop not found")
    invite = InterviewInvite(
        loop_id=loop.id,
        token=_new_invite_token(),
        candidate_email=body.candidate_email,
        created_by=recruiter.id,
        expires_at=dt.datetime.now(dt.timezone.utc) + INVITE_TTL,
    )
    db.add(invite)
    db.commit()
    send_scheduling_email(body.candidate_email, invite.token, body.message)
    return {"invite_id": invite.id, "expires_at": invite.expires_at}
