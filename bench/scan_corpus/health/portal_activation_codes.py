"""One-time activation codes printed on the patient portal invite letter.

The front desk hands the letter to the patient at check-in; the patient types the
code on /activate together with their date of birth to claim the account.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PortalInvite

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=30)


def new_activation_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def create_invite(db: Session, patient_id: int, email: str) -> PortalInvite:
    invite = PortalInvite(
        patient_id=patient_id,
        email=email,
        code=new_activation_code(),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.add(invite)
    db.commit()
    db.refresh(invite)
    return invite


def open_invites_for(db: Session, patient_id: int) -> list[PortalInvite]:
    now = datetime.now(timezone.utc)
    stmt = (
        select(PortalInvite)
        .where(PortalInvite.patient_id == patient_id)
        .where(PortalInvite.expires_at > now)
        .where(PortalInvite.redeemed_at.is_(None))
    )
    return list(db.scalars(stmt))
