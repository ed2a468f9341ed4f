"""Sign-in / sign-out for partner learners who do not use corporate SSO."""
import secrets

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from pydantic import BaseModel

from lms.accounts import authenticate_partner
from lms.sessions import SessionStore, get_session_store

router = APIRouter(prefix="/partner")

SESSION_COOKIE = "lms_partner_session"
SESSION_MAX_AGE = 8 * 3600


class Credentials(BaseModel):
    email: str
    password: str


@router.post("/login", status_code=204)
async def login(creds: Credentials, response: Response, store: SessionStore = Depends(get_session_store)):
    learner = await authenticate_partner(creds.email, creds.password)
    if learner is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid credentials")
    session_id = secrets.token_urlsafe(32)
    await store.create(session_id, learner.id, ttl=SESSION_MAX_AGE)
    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=SESSION_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="lax",
        path="/",
    )


@router.post("/logout", status_code=204)
async def logout(request: Request, response: Response, store: SessionStore = Depends(get_session_store)):
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        await store.delete(session_id)
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
