"""Session handling for the donor self-service portal (FastAPI)."""
import secrets
from datetime import timedelta

from fastapi import APIRouter, Cookie, Depends, HTTPException, Response, status
from pydantic import BaseModel, EmailStr

from .auth import authenticate_donor
from .sessions import SessionStore, get_session_store

router = APIRouter(prefix="/portal")

SESSION_COOKIE = "__Host-donor_session"
SESSION_TTL = timedelta(hours=8)
SESSION_COOKIE_SETTINGS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "secure": True,
    "httponly": True,
    "samesite": "strict",
}


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


@router.post("/login", status_code=status.HTTP_204_NO_CONTENT)
async def login(body: LoginRequest, response: Response, store: SessionStore = Depends(get_session_store)):
    donor = await authenticate_donor(body.email, body.password)
    if donor is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid credentials")
    session_id = secrets.token_urlsafe(32)
    await store.create(session_id, donor_id=donor.id, ttl=SESSION_TTL)
    response.set_cookie(SESSION_COOKIE, session_id, **SESSION_COOKIE_SETTINGS)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(response: Response,
                 session_id: str | None = Cookie(default=None, alias=SESSION_COOKIE),
                 store: SessionStore = Depends(get_session_store)):
    if session_id:
        await store.delete(session_id)
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="strict")
