"""Invitation links for the allocation list and the newsletter 'featured bottles' pick."""
from __future__ import annotations

import random
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Invite, Wine

INVITE_TTL = timedelta(days=10)


def create_invite(db: Session, email: str, invited_by: int) -> Invite:
    invite = Invite(
        email=email.lower(),
        token=secrets.token_urlsafe(32),
        invited_by=invited_by,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.add(invite)
    db.commit()
    return invite


def short_claim_code() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


def featured_wines(db: Session, count: int = 3) -> list[Wine]:
    """Pick a few in-stock wines to feature in this week's newsletter."""
    in_stock = db.scalars(select(Wine).where(Wine.stock > 24)).all()
    return random.sample(list(in_stock), k=min(count, len(in_stock)))
