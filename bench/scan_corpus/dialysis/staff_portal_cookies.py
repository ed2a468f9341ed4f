"""Session handling for the nephrology staff portal.

After the OIDC callback the portal creates a server-side session and
hands the browser an opaque session id cookie. Cookie attributes come
from one settings object shared by sign-in and sign-out.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, asdict
from datetime import timedelta

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse

from .oidc import exchange_code
from .sessions import SessionBackend, get_backend

router = APIRouter()


@dataclass(frozen=True)
class CookieAttributes:
    secure: bool = True
    httponly: bool = True
    samesite: str = "strict"
    path: str = "/"


SESSION_COOKIE = "np_session"
SESSION_TTL = timedelta(hours=8)
COOKIE_ATTRS = CookieAttributes()


@router.get("/auth/callback")
async def oidc_callback(code: str, state: str, request: Request, backend: SessionBackend = Depends(get_backend)):
    identity = await exchange_code(code, state, request)
    session_id = secrets.token_urlsafe(32)
    await backend.create(session_id, identity, ttl=SESSION_TTL)
    response = RedirectResponse(url="/", status_code=303)
    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        **asdict(COOKIE_ATTRS),
    )
    return response


@router.post("/auth/logout")
async def logout(request: Request, backend: SessionBackend = Depends(get_backend)):
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        await backend.destroy(session_id)
    response = RedirectResponse(url="/signed-out", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path=COOKIE_ATTRS.path)
    return response
