"""Referral invite codes and the "shuffle" button in discovery."""
from __future__ import annotations

import random
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy.exc import IntegrityError

from .models import InviteCode, db

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
CODE_TTL = timedelta(days=30)


def new_invite_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def issue_invite(member_id: int, attempts: int = 3) -> InviteCode:
    for _ in range(attempts):
        invite = InviteCode(
            code=new_invite_code(),
            inviter_id=member_id,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        db.session.add(invite)
        try:
            db.session.commit()
            return invite
        except IntegrityError:
            db.session.rollback()
    raise RuntimeError("could not allocate a unique invite code")


def shuffle_deck(candidate_ids: list[int], rng: random.Random | None = None) -> list[int]:
    """Reorder the current deck when the member taps "shuffle".

    Only changes display order; which candidates are shown is decided by
    the ranking service.
    """
    rng = rng or random.Random()
    shuffled = list(candidate_ids)
    rng.shuffle(shuffled)
    return shuffled
