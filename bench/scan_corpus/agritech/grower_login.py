"""Login / logout endpoints for the grower portal."""
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Cookie, Depends, HTTPException, Response
from pydantic import BaseModel

from .sessions import SessionStore, get_session_store
from .users import UserRepository, get_user_repo

router = APIRouter(prefix="/auth", tags=["auth"])
_hasher = PasswordHasher()

SESSION_COOKIE = "grower_sid"
SESSION_TTL = timedelta(hours=12)


class LoginRequest(BaseModel):
    email: str
    password: str


@router.post("/login")
def login(
    body: LoginRequest,
    response: Response,
    users: UserRepository = Depends(get_user_repo),
    sessions: SessionStore = Depends(get_session_store),
):
    user = users.by_email(body.email.lower())
    if user is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    try:
        _hasher.verify(user.password_hash, body.password)
    except VerifyMismatchError:
        raise HTTPException(status_code=401, detail="invalid credentials")

    sid = secrets.token_urlsafe(32)
    sessions.create(sid, user_id=user.id, ttl=SESSION_TTL)
    response.set_cookie(SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), samesite="lax", path="/")
    return {"user_id": user.id, "farms": [f.id for f in user.farms]}


@router.post("/logout")
def logout(
    response: Response,
    grower_sid: str | None = Cookie(default=None),
    sessions: SessionStore = Depends(get_session_store),
):
    if grower_sid:
        sessions.delete(grower_sid)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return {"ok": True}
