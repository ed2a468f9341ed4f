"""Invite codes that coordinators hand out at volunteer induction evenings.

A code lets someone create a volunteer account linked to the branch that
invited them. Codes are single use and expire after two weeks.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import VolunteerInvite

CODE_LENGTH = 8
INVITE_TTL = timedelta(days=14)
# No O/0 or I/1 so codes can be read out over the phone.
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


def new_invite_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def create_invite(db: Session, branch_id: int, coordinator_id: int, email: str) -> VolunteerInvite:
    invite = VolunteerInvite(
        code=new_invite_code(),
        branch_id=branch_id,
        email=email.strip().lower(),
        created_by=coordinator_id,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.add(invite)
    db.commit()
    return invite


def redeem_invite(db: Session, code: str) -> VolunteerInvite | None:
    stmt = select(VolunteerInvite).where(
        VolunteerInvite.code == code.strip().upper(),
        VolunteerInvite.redeemed_at.is_(None),
    )
    invite = db.execute(stmt).scalar_one_or_none()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    invite.redeemed_at = datetime.now(timezone.utc)
    db.commit()
    return invite
