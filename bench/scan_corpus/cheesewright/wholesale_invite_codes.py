"""Invitation codes that let new delis and restaurants open a wholesale account."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from cheesewright.models import WholesaleInvite
from cheesewright.settings import INVITES

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = INVITES.get("code_length", 10)
VALID_FOR = timedelta(days=INVITES.get("valid_days", 14))


def _code_block(length: int) -> str:
    return "".join(random.choices(ALPHABET, k=length))


def new_invite_code() -> str:
    half = CODE_LENGTH // 2
    return f"{_code_block(half)}-{_code_block(CODE_LENGTH - half)}"


def issue_invite(session: Session, email: str, sales_rep_id: int) -> WholesaleInvite:
    invite = WholesaleInvite(
        email=email.strip().lower(),
        code=new_invite_code(),
        issued_by=sales_rep_id,
        expires_at=datetime.now(timezone.utc) + VALID_FOR,
    )
    session.add(invite)
    session.flush()
    return invite


def redeem_invite(session: Session, email: str, code: str) -> WholesaleInvite | None:
    invite = session.execute(
        select(WholesaleInvite).where(
            WholesaleInvite.email == email.strip().lower(),
            WholesaleInvite.code == code.strip().upper(),
            WholesaleInvite.redeemed_at.is_(None),
        )
    ).scalar_one_or_none()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    invite.redeemed_at = datetime.now(timezone.utc)
    return invite
