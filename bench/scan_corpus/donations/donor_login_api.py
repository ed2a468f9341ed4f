"""Login and logout endpoints for the donor self-service portal."""

import os
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException, Response, status
from pydantic import BaseModel, EmailStr

from portal.auth import authenticate_donor
from portal.sessions import SessionStore, get_session_store

router = APIRouter(prefix="/auth", tags=["auth"])

SESSION_COOKIE = "donor_session"
SESSION_TTL = timedelta(hours=int(os.environ.get("PORTAL_SESSION_HOURS", "8")))


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


@router.post("/login", status_code=status.HTTP_204_NO_CONTENT)
def login(body: LoginRequest, response: Response, store: SessionStore = Depends(get_session_store)):
    donor = authenticate_donor(body.email, body.password)
    if donor is None:
        raise HTTPException(status_code=401, detail="Incorrect email or password")

    session_id = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    store.create(session_id, donor_id=donor.id, expires_at=expires)

    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="lax",
        path="/",
    )


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(response: Response, session_id: str | None = None, store: SessionStore = Depends(get_session_store)):
    if session_id:
        store.delete(session_id)
    response.delete_cookie(SESSION_COOKIE, path="/")
