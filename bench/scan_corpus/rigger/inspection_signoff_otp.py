"""Two-step sign-off for periodic equipment inspections.

When a competent person finishes inspecting a batch of motors or shackles,
the log is only marked signed after they enter the one-time code texted
to their registered phone.
"""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_session
from .models import InspectionLog, SignoffChallenge
from .sms import send_sms

router = APIRouter(prefix="/inspections", tags=["inspections"])
CODE_TTL = timedelta(minutes=10)


class SignoffIn(BaseModel):
    inspector_id: int
    code: str


def issue_challenge(db: Session, log: InspectionLog, inspector) -> SignoffChallenge:
    challenge = SignoffChallenge(
        inspection_id=log.id,
        inspector_id=inspector.id,
        code=f"{secrets.randbelow(1_000_000):06d}",
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    db.add(challenge)
    db.commit()
    send_sms(inspector.mobile, f"Highline sign-off code for log #{log.id}: {challenge.code}")
    return challenge


@router.post("/{inspection_id}/signoff/start")
def start_signoff(inspection_id: int, inspector_id: int, db: Session = Depends(get_session)):
    log = db.get(InspectionLog, inspection_id)
    if log is None or log.inspector_id != inspector_id:
        raise HTTPException(404)
    issue_challenge(db, log, log.inspector)
    return {"status": "code_sent"}


@router.post("/{inspection_id}/signoff")
def complete_signoff(inspection_id: int, body: SignoffIn, db: Session = Depends(get_session)):
    challenge = (
        db.query(SignoffChallenge)
        .filter_by(inspection_id=inspection_id, inspector_id=body.inspector_id, used=False)
        .order_by(SignoffChallenge.id.desc())
        .first()
    )
    if challenge is None or challenge.expires_at < datetime.now(timezone.utc):
        raise HTTPException(410, "code expired")
    if challenge.code != body.code.strip():
        raise HTTPException(403, "wrong code")
    challenge.used = True
    log = db.get(InspectionLog, inspection_id)
    log.signed_at = datetime.now(timezone.utc)
    db.commit()
    return {"inspection_id": inspection_id, "signed_at": log.signed_at.isoformat()}
