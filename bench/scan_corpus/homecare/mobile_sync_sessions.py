"""Session handling for the carer mobile app's offline sync.

When the app comes back online it opens a sync session, uploads the
visit notes and MAR entries captured offline, then closes the session.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .auth import current_carer
from .db import get_db

router = APIRouter(prefix="/sync", tags=["sync"])

SESSION_LIFETIME = timedelta(minutes=30)


class SyncOpenRequest(BaseModel):
    device_id: str
    app_version: str
    pending_items: int


class SyncOpenResponse(BaseModel):
    session_token: str
    expires_at: datetime


@router.post("/sessions", response_model=SyncOpenResponse)
def open_session(
    body: SyncOpenRequest,
    carer: Any = Depends(current_carer),
    db: Session = Depends(get_db),
) -> SyncOpenResponse:
    token = uuid.uuid1().hex
    expires_at = datetime.now(timezone.utc) + SESSION_LIFETIME
    db.execute(
        text(
            "INSERT INTO sync_sessions (token, carer_id, device_id, app_version, expires_at) "
            "VALUES (:token, :carer_id, :device_id, :app_version, :expires_at)"
        ),
        {
            "token": token,
            "carer_id": carer.id,
            "device_id": body.device_id,
            "app_version": body.app_version,
            "expires_at": expires_at,
        },
    )
    db.commit()
    return SyncOpenResponse(session_token=token, expires_at=expires_at)


@router.delete("/sessions/current", status_code=204)
def close_session(
    x_sync_session: str = Header(...),
    carer: Any = Depends(current_carer),
    db: Session = Depends(get_db),
) -> None:
    result = db.execute(
        text(
            "UPDATE sync_sessions SET closed_at = now() "
            "WHERE token = :token AND carer_id = :carer_id AND closed_at IS NULL"
        ),
        {"token": x_sync_session, "carer_id": carer.id},
    )
    db.commit()
    if result.rowcount == 0:
        raise HTTPException(status_code=404, detail="no open sync session")
