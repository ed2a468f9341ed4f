"""Password login for the student portal API."""
from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any, Dict

from fastapi import APIRouter, Depends, HTTPException, Response
from pydantic import BaseModel, EmailStr

from portal.accounts import AccountStore, get_account_store
from portal.sessions import SessionStore, get_session_store

router = APIRouter(prefix="/api/auth")

SESSION_COOKIE_NAME = "lingua_session"
SESSION_LIFETIME = timedelta(hours=8)
SESSION_COOKIE_OPTIONS: Dict[str, Any] = {
    "max_age": int(SESSION_LIFETIME.total_seconds()),
    "path": "/",
    "samesite": "lax",
    "domain": "portal.example-lingua.com",
}


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


class LoginResult(BaseModel):
    student_id: int
    display_name: str


def _attach_session(response: Response, session_id: str) -> None:
    response.set_cookie(SESSION_COOKIE_NAME, session_id, **SESSION_COOKIE_OPTIONS)


@router.post("/login", response_model=LoginResult)
def login(
    body: LoginRequest,
    response: Response,
    accounts: AccountStore = Depends(get_account_store),
    sessions: SessionStore = Depends(get_session_store),
) -> LoginResult:
    account = accounts.authenticate(body.email, body.password)
    if account is None:
        raise HTTPException(status_code=401, detail="email or password not recognised")
    session_id = secrets.token_urlsafe(32)
    sessions.save(session_id, account.student_id, ttl=SESSION_LIFETIME)
    _attach_session(response, session_id)
    return LoginResult(student_id=account.student_id, display_name=account.display_name)


@router.post("/logout", status_code=204)
def logout(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE_NAME, path="/", domain="portal.example-lingua.com")
