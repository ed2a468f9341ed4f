"""Login and logout endpoints for the employee self-service API."""
from datetime import timedelta

from fastapi import APIRouter, Cookie, Depends, HTTPException, Response, status
from pydantic import BaseModel

from ess.auth import authenticate, create_session, revoke_session
from ess.deps import get_session_store

router = APIRouter(prefix="/auth", tags=["auth"])

SESSION_COOKIE = "ess_session"
SESSION_LIFETIME = timedelta(hours=8)
COOKIE_OPTIONS = {
    "max_age": int(SESSION_LIFETIME.total_seconds()),
    "path": "/",
    "samesite": "lax",
}


class LoginRequest(BaseModel):
    username: str
    password: str


@router.post("/login", status_code=status.HTTP_204_NO_CONTENT)
def login(body: LoginRequest, response: Response, store=Depends(get_session_store)):
    employee = authenticate(body.username, body.password)
    if employee is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    session_id = create_session(store, employee.id, ttl=SESSION_LIFETIME)
    response.set_cookie(SESSION_COOKIE, session_id, **COOKIE_OPTIONS)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(
    response: Response,
    store=Depends(get_session_store),
    session_id: str | None = Cookie(default=None, alias=SESSION_COOKIE),
):
    if session_id:
        revoke_session(store, session_id)
    response.delete_cookie(SESSION_COOKIE, path="/")
