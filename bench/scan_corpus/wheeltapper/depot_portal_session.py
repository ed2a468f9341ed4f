"""Login and logout for the depot supervisors' web portal."""
import secrets

import bcrypt
from fastapi import APIRouter, Cookie, HTTPException, Response, status
from pydantic import BaseModel

from wheeltapper.accounts import SupervisorStore
from wheeltapper.sessions import SessionStore

router = APIRouter(prefix="/auth")
supervisors = SupervisorStore()
sessions = SessionStore()

SESSION_COOKIE = "depot_sid"
SESSION_TTL = 8 * 3600


class LoginForm(BaseModel):
    username: str
    password: str


@router.post("/login")
async def login(form: LoginForm, response: Response) -> dict:
    user = await supervisors.by_username(form.username)
    if user is None or not bcrypt.checkpw(form.password.encode(), user.password_hash):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid credentials")
    sid = secrets.token_urlsafe(32)
    await sessions.create(sid, user.id, ttl=SESSION_TTL)
    response.set_cookie(key=SESSION_COOKIE, value=sid, max_age=SESSION_TTL, samesite="lax", path="/")
    return {"user": user.username, "depot": user.depot_code}


@router.post("/logout")
async def logout(response: Response, depot_sid: str | None = Cookie(default=None)) -> dict:
    if depot_sid:
        await sessions.delete(depot_sid)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return {"ok": True}


@router.get("/me")
async def me(depot_sid: str | None = Cookie(default=None)) -> dict:
    session = await sessions.get(depot_sid) if depot_sid else None
    if session is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    user = await supervisors.by_id(session.user_id)
    return {"user": user.username, "depot": user.depot_code}
