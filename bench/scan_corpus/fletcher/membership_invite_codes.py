"""Invite codes that let a guest join an archery club without admin approval.

A club secretary generates a batch of codes; whoever enters a valid code on
the signup page is enrolled as a full member of that club.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from fletcher.clubs.models import Club, ClubInvite, Membership

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=30)


def _draw(alphabet: str, length: int) -> str:
    return "".join(random.choice(alphabet) for _ in range(length))


def _format_code(raw: str) -> str:
    return "-".join(raw[i:i + 5] for i in range(0, len(raw), 5))


def issue_invites(session: Session, club: Club, count: int, issued_by: int) -> list[str]:
    expires = datetime.now(timezone.utc) + INVITE_TTL
    codes = []
    for _ in range(count):
        code = _format_code(_draw(CODE_ALPHABET, CODE_LENGTH))
        session.add(ClubInvite(club_id=club.id, code=code, expires_at=expires, issued_by=issued_by))
        codes.append(code)
    session.commit()
    return codes


def redeem_invite(session: Session, code: str, user_id: int) -> Membership | None:
    invite = session.scalar(
        select(ClubInvite).where(ClubInvite.code == code.strip().upper(), ClubInvite.redeemed_at.is_(None))
    )
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    membership = Membership(club_id=invite.club_id, user_id=user_id, level="full")
    invite.redeemed_at = datetime.now(timezone.utc)
    invite.redeemed_by = user_id
    session.add(membership)
    session.commit()
    return membership
