"""Session cookies for subscribers of the puzzle site.

Subscribers sign in once and stay signed in on that browser for 30 days.
The session id lives only in a cookie that scripts cannot read and that is
only sent over HTTPS.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from flask import Flask, Response, g, request

SESSION_COOKIE = "__Host-xw_sub"
SESSION_TTL = timedelta(days=30)


@dataclass(frozen=True)
class CookiePolicy:
    secure: bool = True
    httponly: bool = True
    samesite: str = "Lax"
    path: str = "/"


POLICY = CookiePolicy()


def issue_session(response: Response, store, subscriber_id: int) -> str:
    session_id = secrets.token_urlsafe(32)
    store.put(session_id, subscriber_id, ttl=int(SESSION_TTL.total_seconds()))
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=POLICY.secure,
        httponly=POLICY.httponly,
        samesite=POLICY.samesite,
        path=POLICY.path,
    )
    return session_id


def end_session(response: Response, store) -> None:
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        store.delete(session_id)
    response.delete_cookie(SESSION_COOKIE, path=POLICY.path, secure=True, httponly=True)


def install(app: Flask, store) -> None:
    @app.before_request
    def load_subscriber() -> None:
        session_id = request.cookies.get(SESSION_COOKIE)
        g.subscriber_id = store.get(session_id) if session_id else None
