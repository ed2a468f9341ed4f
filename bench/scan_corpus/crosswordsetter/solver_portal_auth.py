"""Sign-in for the solver portal (leaderboards, streaks, saved progress)."""
from __future__ import annotations

import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response, status

from .db import SolverRepo, SessionStore, get_sessions, get_solvers

router = APIRouter(prefix="/auth")
_hasher = PasswordHasher()

SESSION_TTL = timedelta(days=14)
SESSION_COOKIE = "xw_session"
COOKIE_KWARGS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "samesite": "lax",
}


@router.post("/login")
def login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    solvers: SolverRepo = Depends(get_solvers),
    sessions: SessionStore = Depends(get_sessions),
) -> dict:
    solver = solvers.by_email(email.strip().lower())
    if solver is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad credentials")
    try:
        _hasher.verify(solver.password_hash, password)
    except VerifyMismatchError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad credentials")
    if _hasher.check_needs_rehash(solver.password_hash):
        solvers.update_hash(solver.id, _hasher.hash(password))
    session_id = secrets.token_urlsafe(32)
    sessions.create(session_id, solver.id, ttl=SESSION_TTL)
    response.set_cookie(key=SESSION_COOKIE, value=session_id, **COOKIE_KWARGS)
    return {"handle": solver.handle}


@router.post("/logout")
def logout(
    response: Response,
    xw_session: str | None = Cookie(default=None),
    sessions: SessionStore = Depends(get_sessions),
) -> dict:
    if xw_session:
        sessions.delete(xw_session)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return {"ok": True}
