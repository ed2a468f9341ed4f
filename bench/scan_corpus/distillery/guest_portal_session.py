"""Sign-in for the club-member portal (cask owners and bottle-club members).

Members sign in with email + password; the opaque session id lives in a
cookie and the session itself in Redis.
"""
import secrets
from datetime import timedelta

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Cookie, Form, HTTPException, Response

from .config import settings
from .members import member_by_email

router = APIRouter(prefix="/members")
_ph = PasswordHasher()
_sessions = redis.Redis.from_url(settings.redis_url)

SESSION_TTL = timedelta(days=7)
COOKIE_NAME = "member_sid"
COOKIE_OPTS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "lax",
    "path": "/members",
}


@router.post("/login")
def login(response: Response, email: str = Form(...), password: str = Form(...)):
    member = member_by_email(email.strip().lower())
    try:
        if member is None:
            raise VerifyMismatchError()
        _ph.verify(member.password_hash, password)
    except VerifyMismatchError:
        raise HTTPException(401, "invalid email or password")

    sid = secrets.token_urlsafe(32)
    _sessions.setex(f"member:sess:{sid}", SESSION_TTL, member.id)
    response.set_cookie(COOKIE_NAME, sid, **COOKIE_OPTS)
    return {"member": member.display_name}


@router.post("/logout")
def logout(response: Response, member_sid: str | None = Cookie(default=None)):
    if member_sid:
        _sessions.delete(f"member:sess:{member_sid}")
    response.delete_cookie(COOKIE_NAME, path="/members", secure=True, httponly=True)
    return {"ok": True}
