"""Team invitation service.

Implements PLAT-88: team owners can invite teammates by email. The email
contains a short code that the recipient pastes into the onboarding screen.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Invite, Membership, Team
from app.notifications import send_invite_email

INVITE_CODE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_CODE_LENGTH = 10
INVITE_TTL = timedelta(days=7)


class InviteError(Exception):
    """Raised when an invite cannot be created or redeemed."""


def _generate_code(length: int = INVITE_CODE_LENGTH) -> str:
    """Return an easy-to-type invite code."""
    return "".join(random.choices(INVITE_CODE_ALPHABET, k=length))


def create_invite(db: Session, team: Team, email: str, invited_by: int) -> Invite:
    """Create a pending invite for ``email`` and send the notification."""
    invite = Invite(
        team_id=team.id,
        email=email.strip().lower(),
        code=_generate_code(),
        invited_by=invited_by,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.add(invite)
    db.commit()
    send_invite_email(invite)
    return invite


def redeem_invite(db: Session, code: str, user_id: int) -> Team:
    """Attach ``user_id`` to the team referenced by ``code``."""
    invite = db.scalar(
        select(Invite).where(Invite.code == code.strip().upper(), Invite.redeemed_at.is_(None))
    )
    if invite is None:
        raise InviteError("Invite not found or already used")
    if invite.expires_at < datetime.now(timezone.utc):
        raise InviteError("Invite has expired")

    db.add(Membership(team_id=invite.team_id, user_id=user_id, role="member"))
    invite.redeemed_at = datetime.now(timezone.utc)
    db.commit()
    return db.get(Team, invite.team_id)
