"""Share links for coaching videos.

Coaches can share a clip with a player who has no portal account; the
link carries the share id in the path and an access token in the query.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import RedirectResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import get_session, current_coach
from .storage import presigned_clip_url

router = APIRouter(prefix="/share")


@dataclass
class ShareLink:
    share_id: int
    clip_key: str
    access_token: str
    expires_at: datetime


def load_share(session: Session, share_id: int) -> ShareLink | None:
    row = session.execute(
        text("SELECT id, clip_key, access_token, expires_at FROM clip_shares WHERE id = :id"),
        {"id": share_id},
    ).one_or_none()
    return ShareLink(*row) if row else None


@router.post("/clips/{clip_key}")
def create_share(clip_key: str, session: Session = Depends(get_session), coach=Depends(current_coach)):
    token = secrets.token_urlsafe(24)
    expires = datetime.now(timezone.utc) + timedelta(days=7)
    share_id = session.execute(
        text("INSERT INTO clip_shares (clip_key, access_token, expires_at, created_by) "
             "VALUES (:k, :t, :e, :c) RETURNING id"),
        {"k": clip_key, "t": token, "e": expires, "c": coach.id},
    ).scalar_one()
    session.commit()
    return {"url": f"/share/{share_id}?token={token}", "expires_at": expires.isoformat()}


@router.get("/{share_id}")
def open_share(share_id: int, token: str, session: Session = Depends(get_session)):
    link = load_share(session, share_id)
    if link is None or link.access_token != token:
        raise HTTPException(status_code=404, detail="link not found")
    if link.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=410, detail="link expired")
    return RedirectResponse(presigned_clip_url(link.clip_key, expires_in=600))
