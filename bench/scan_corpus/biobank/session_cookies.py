"""Issue and clear the researcher portal session cookie (FastAPI)."""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, Response

from .auth import verified_sso_user
from .sessions import SessionStore, get_session_store

router = APIRouter()

COOKIE_NAME = "__Host-bb_portal"
SESSION_LIFETIME = timedelta(hours=8)


@router.post("/session")
def create_session(
    response: Response,
    user=Depends(verified_sso_user),
    store: SessionStore = Depends(get_session_store),
):
    session_id = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_LIFETIME
    store.create(session_id, user.id, expires)
    response.set_cookie(
        key=COOKIE_NAME,
        value=session_id,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path="/",
        secure=True,
        httponly=True,
        samesite="strict",
    )
    return {"researcher": user.id, "expires_at": expires.isoformat()}


@router.delete("/session")
def end_session(response: Response, store: SessionStore = Depends(get_session_store)):
    response.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True, samesite="strict")
    return {"ok": True}
