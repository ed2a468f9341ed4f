"""Shareable workspace invite links (FastAPI router)."""
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from app.auth import require_admin
from app.db import get_db
from app.mail import MailerError, send_invite_email
from app.models import InviteLink

router = APIRouter(prefix="/workspaces/{workspace_id}/invite-links")

LINK_TTL = timedelta(days=3)
MAX_SEND_ATTEMPTS = 4


def _new_link_token() -> str:
    return secrets.token_urlsafe(32)


def _send_with_backoff(address: str, url: str) -> None:
    for attempt in range(MAX_SEND_ATTEMPTS):
        try:
            send_invite_email(address, url)
            return
        except MailerError:
            if attempt == MAX_SEND_ATTEMPTS - 1:
                raise
            # spread retries so a mail-provider blip doesn't cause a thundering herd
            time.sleep((2 ** attempt) + random.uniform(0, 1))


@router.post("", status_code=201)
def create_link(workspace_id: int, email: str, db: Session = Depends(get_db), admin=Depends(require_admin)):
    link = InviteLink(
        workspace_id=workspace_id,
        created_by=admin.id,
        token=_new_link_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.add(link)
    db.commit()
    _send_with_backoff(email, f"/join/{link.token}")
    return {"id": link.id, "expires_at": link.expires_at.isoformat()}


@router.delete("/{link_id}", status_code=204)
def revoke_link(workspace_id: int, link_id: int, db: Session = Depends(get_db), admin=Depends(require_admin)):
    link = db.get(InviteLink, link_id)
    if link is None or link.workspace_id != workspace_id:
        raise HTTPException(status_code=404)
    db.delete(link)
    db.commit()
