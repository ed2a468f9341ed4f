"""Invite links that let a creator add collaborators to a campaign."""

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import CampaignInvite

INVITE_TTL = timedelta(days=7)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def create_invite(db: Session, campaign_id: int, email: str, role: str) -> str:
    token = secrets.token_urlsafe(32)
    db.add(
        CampaignInvite(
            id=uuid.uuid4(),
            campaign_id=campaign_id,
            email=email.lower(),
            role=role,
            token_hash=_hash_token(token),
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
    )
    db.commit()
    return token


def accept_invite(db: Session, token: str, user_id: int) -> CampaignInvite | None:
    invite = db.scalars(
        select(CampaignInvite).where(CampaignInvite.token_hash == _hash_token(token))
    ).first()
    if invite is None or invite.accepted_at or invite.expires_at < datetime.now(timezone.utc):
        return None
    invite.accepted_at = datetime.now(timezone.utc)
    invite.accepted_by = user_id
    db.commit()
    return invite
