"""Staff sign-in for the tasting-room tablets.

Front-of-house staff sign in with a short PIN-protected account; the session
id is kept in a cookie and looked up in Redis on each request.
"""
import secrets
from datetime import timedelta

import redis
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response

from .config import settings
from .staff import staff_by_username

router = APIRouter(prefix="/tablet")
_hasher = PasswordHasher()
_store = redis.Redis.from_url(settings.redis_url)

SESSION_COOKIE = "tr_session"
SESSION_TTL = timedelta(hours=10)


@router.post("/login")
def login(response: Response, username: str = Form(...), password: str = Form(...)):
    staff = staff_by_username(username)
    if staff is None:
        raise HTTPException(401, "invalid credentials")
    try:
        _hasher.verify(staff.password_hash, password)
    except VerifyMismatchError:
        raise HTTPException(401, "invalid credentials")

    sid = secrets.token_urlsafe(32)
    _store.setex(f"tr:sess:{sid}", SESSION_TTL, staff.id)
    response.set_cookie(SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), samesite="lax")
    return {"staff": staff.display_name}


def current_staff_id(tr_session: str | None = Cookie(default=None)) -> int:
    if not tr_session:
        raise HTTPException(401, "not signed in")
    staff_id = _store.get(f"tr:sess:{tr_session}")
    if staff_id is None:
        raise HTTPException(401, "session expired")
    return int(staff_id)


@router.post("/logout")
def logout(response: Response, tr_session: str | None = Cookie(default=None)):
    if tr_session:
        _store.delete(f"tr:sess:{tr_session}")
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}


@router.get("/me")
def me(staff_id: int = Depends(current_staff_id)):
    return {"staff_id": staff_id}
