"""Login/logout endpoints that manage the ``sid`` session cookie."""
from __future__ import annotations

import secrets
from datetime import timedelta

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel

from app.auth import UserService, get_user_service
from app.sessions import SessionStore, get_session_store

router = APIRouter(prefix="/auth")

SESSION_COOKIE = "sid"
SESSION_TTL = timedelta(hours=12)
COOKIE_SETTINGS = {"httponly": True, "secure": True, "samesite": "lax", "path": "/"}


class LoginRequest(BaseModel):
    email: str
    password: str


@router.post("/login", status_code=204)
async def login(
    body: LoginRequest,
    response: Response,
    users: UserService = Depends(get_user_service),
    sessions: SessionStore = Depends(get_session_store),
) -> None:
    """Verify credentials and start a server-side session."""
    user = await users.authenticate(body.email, body.password)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    sid = secrets.token_urlsafe(32)
    await sessions.create(sid, user_id=user.id, ttl=SESSION_TTL)
    response.set_cookie(SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), **COOKIE_SETTINGS)


@router.post("/logout", status_code=204)
async def logout(
    request: Request,
    response: Response,
    sessions: SessionStore = Depends(get_session_store),
) -> None:
    """End the current session and clear the cookie."""
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        await sessions.delete(sid)
    response.delete_cookie(SESSION_COOKIE, **COOKIE_SETTINGS)
