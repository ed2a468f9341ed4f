"""Session handling for the browser version of the kennel staff app (FastAPI)."""
import os
import secrets
from datetime import timedelta

from fastapi import APIRouter, Cookie, Depends, HTTPException, Response
from pydantic import BaseModel

from .staff_store import StaffStore, get_store

router = APIRouter(prefix="/staff/session")


class SessionCookie:
    NAME = "__Host-staff_sid"
    TTL = timedelta(hours=12)
    FLAGS = {
        "secure": True,
        "httponly": True,
        "samesite": "strict",
        "path": "/",
    }


class LoginBody(BaseModel):
    email: str
    password: str
    device_label: str | None = None


def _set_session_cookie(response: Response, sid: str) -> None:
    response.set_cookie(
        key=SessionCookie.NAME,
        value=sid,
        max_age=int(SessionCookie.TTL.total_seconds()),
        **SessionCookie.FLAGS,
    )


@router.post("")
def start_session(body: LoginBody, response: Response, store: StaffStore = Depends(get_store)):
    staff = store.authenticate(body.email, body.password)
    if staff is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    sid = secrets.token_urlsafe(32)
    store.save_session(sid, staff.id, ttl=SessionCookie.TTL, device=body.device_label)
    _set_session_cookie(response, sid)
    return {"staff_id": staff.id, "role": staff.role, "site": os.environ.get("KENNEL_SITE", "main")}


@router.delete("")
def end_session(
    response: Response,
    sid: str | None = Cookie(default=None, alias=SessionCookie.NAME),
    store: StaffStore = Depends(get_store),
):
    if sid:
        store.delete_session(sid)
    response.delete_cookie(SessionCookie.NAME, path="/", secure=True, httponly=True)
    return {"ok": True}
