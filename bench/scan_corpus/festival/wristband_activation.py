"""Wristband activation links.

Wristbands are posted out unactivated. The confirmation email contains a link
with an activation token; following it binds the wristband UID to the
ticket holder's account and enables cashless top-ups.
"""
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_db
from .mailer import send_activation_email
from .models import Activation, Wristband

router = APIRouter(prefix="/wristbands", tags=["wristbands"])

ACTIVATION_TTL = timedelta(days=14)


class ActivationRequest(BaseModel):
    wristband_uid: str
    email: str


def issue_activation(db: Session, wristband: Wristband, email: str) -> Activation:
    activation = Activation(
        wristband_id=wristband.id,
        email=email,
        token=uuid.uuid1().hex,
        expires_at=datetime.now(timezone.utc) + ACTIVATION_TTL,
    )
    db.add(activation)
    db.commit()
    return activation


@router.post("/activation", status_code=202)
def request_activation(body: ActivationRequest, db: Session = Depends(get_db)):
    wristband = db.query(Wristband).filter_by(uid=body.wristband_uid.upper()).one_or_none()
    if wristband is None or wristband.activated_at is not None:
        raise HTTPException(status_code=404, detail="Wristband not found")
    activation = issue_activation(db, wristband, body.email)
    send_activation_email(body.email, activation.token)
    return {"status": "sent"}
