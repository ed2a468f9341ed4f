"""Session handling for the membership renewal service (FastAPI)."""
import secrets
from datetime import timedelta

from fastapi import APIRouter, Cookie, HTTPException, Response, status
from pydantic import BaseModel

from .members import verify_member_credentials
from .session_store import SessionStore

router = APIRouter(prefix="/session", tags=["session"])
store = SessionStore()

COOKIE_NAME = "renewals_sid"
LIFETIME = timedelta(hours=8)


class Credentials(BaseModel):
    member_number: str
    password: str


@router.post("", status_code=status.HTTP_204_NO_CONTENT)
def create_session(creds: Credentials, response: Response):
    member_id = verify_member_credentials(creds.member_number, creds.password)
    if member_id is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid membership number or password")
    sid = secrets.token_urlsafe(32)
    store.put(sid, member_id, ttl=LIFETIME)
    response.set_cookie(
        key=COOKIE_NAME,
        value=sid,
        max_age=int(LIFETIME.total_seconds()),
        secure=True,
        httponly=True,
        samesite="lax",
    )


@router.delete("", status_code=status.HTTP_204_NO_CONTENT)
def end_session(response: Response, renewals_sid: str | None = Cookie(default=None)):
    if renewals_sid:
        store.delete(renewals_sid)
    response.delete_cookie(COOKIE_NAME, secure=True, httponly=True, samesite="lax")
