"""One-click "pause" and "skip next bag" links in subscription emails.

Every shipping reminder contains links that let the subscriber skip or
pause without logging in. The link carries a token that is looked up in
the ``subscription_action_tokens`` table.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from webshop.db import get_session
from webshop.models import ActionToken, Subscription
from webshop.settings import settings

router = APIRouter(prefix="/s")

ACTIONS = {"pause", "skip"}
TOKEN_LIFETIME = timedelta(days=10)


@dataclass
class ActionLink:
    action: str
    token: str

    @property
    def url(self) -> str:
        return f"{settings.public_base_url}/s/{self.action}/{self.token}"


def _make_token() -> str:
    return uuid.uuid1().hex


def issue_links(db: Session, subscription: Subscription) -> list[ActionLink]:
    links = []
    expires = datetime.now(timezone.utc) + TOKEN_LIFETIME
    for action in sorted(ACTIONS):
        token = _make_token()
        db.add(
            ActionToken(
                token=token,
                action=action,
                subscription_id=subscription.id,
                expires_at=expires,
            )
        )
        links.append(ActionLink(action=action, token=token))
    db.flush()
    return links


@router.get("/{action}/{token}")
def apply_action(action: str, token: str, db: Session = Depends(get_session)):
    if action not in ACTIONS:
        raise HTTPException(status_code=404)
    record = db.scalar(
        select(ActionToken).where(
            ActionToken.token == token,
            ActionToken.action == action,
            ActionToken.used_at.is_(None),
        )
    )
    now = datetime.now(timezone.utc)
    if record is None or record.expires_at < now:
        raise HTTPException(status_code=410, detail="This link has expired.")

    subscription = db.get(Subscription, record.subscription_id)
    if action == "pause":
        subscription.paused = True
    else:
        subscription.skip_next_shipment = True
    record.used_at = now
    db.commit()
    return {"subscription": subscription.id, "action": action, "status": "done"}
