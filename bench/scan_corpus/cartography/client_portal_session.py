"""Session cookie handling for the client project portal (FastAPI).

After a client signs in, an opaque session id is issued and kept in a
server-side store; the browser only holds the id in a cookie.
"""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

import redis
from fastapi import Cookie, FastAPI, HTTPException, Response
from pydantic import BaseModel

app = FastAPI(title="client-portal")
store = redis.Redis.from_url(os.environ["PORTAL_REDIS_URL"], decode_responses=True)

SESSION_COOKIE = "portal_session"
SESSION_TTL = timedelta(hours=8)


class SignedIn(BaseModel):
    workspace_id: int
    email: str


def _set_session_cookie(response: Response, session_id: str) -> None:
    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="lax",
        path="/",
    )


def start_session(response: Response, user: SignedIn) -> str:
    session_id = secrets.token_urlsafe(32)
    store.setex(f"portal:sess:{session_id}", SESSION_TTL, user.model_dump_json())
    _set_session_cookie(response, session_id)
    return session_id


@app.get("/me", response_model=SignedIn)
def me(portal_session: str | None = Cookie(default=None)) -> SignedIn:
    if not portal_session:
        raise HTTPException(status_code=401)
    raw = store.get(f"portal:sess:{portal_session}")
    if raw is None:
        raise HTTPException(status_code=401)
    return SignedIn.model_validate_json(raw)


@app.post("/logout", status_code=204)
def logout(response: Response, portal_session: str | None = Cookie(default=None)) -> None:
    if portal_session:
        store.delete(f"portal:sess:{portal_session}")
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
