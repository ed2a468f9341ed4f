"""Login and logout routes for the partner dashboard API."""
import secrets

from fastapi import APIRouter, Cookie, Depends, HTTPException, Response, status
from pydantic import BaseModel

from dashboard.auth import authenticate
from dashboard.sessions import SessionStore, get_session_store

router = APIRouter(prefix="/auth")

SESSION_COOKIE = "pd_session"
SESSION_TTL_SECONDS = 8 * 3600


class LoginBody(BaseModel):
    email: str
    password: str


@router.post("/login", status_code=status.HTTP_204_NO_CONTENT)
async def login(body: LoginBody, response: Response,
                store: SessionStore = Depends(get_session_store)) -> None:
    user = await authenticate(body.email, body.password)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    session_id = secrets.token_urlsafe(32)
    await store.create(session_id, user_id=user.id, ttl=SESSION_TTL_SECONDS)
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=SESSION_TTL_SECONDS,
        secure=True,
        httponly=True,
        samesite="lax",
    )


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(response: Response, pd_session: str | None = Cookie(default=None),
                 store: SessionStore = Depends(get_session_store)) -> None:
    if pd_session:
        await store.delete(pd_session)
    response.delete_cookie(SESSION_COOKIE, secure=True, httponly=True, samesite="lax")
