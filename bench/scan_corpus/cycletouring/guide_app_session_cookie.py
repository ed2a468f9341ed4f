"""Cookie session for the guide app's embedded web views (daily briefing, incident forms)."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Flask, Response, abort, g, request

COOKIE_NAME = "__Host-guide_session"
SESSION_TTL = timedelta(hours=14)


@dataclass(frozen=True)
class CookiePolicy:
    secure: bool = True
    httponly: bool = True
    samesite: str = "Strict"
    path: str = "/"


POLICY = CookiePolicy()


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start_session(resp: Response, store, guide_id: int) -> None:
    token = secrets.token_urlsafe(32)
    store.save(_digest(token), guide_id, datetime.now(timezone.utc) + SESSION_TTL)
    resp.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=POLICY.secure,
        httponly=POLICY.httponly,
        samesite=POLICY.samesite,
        path=POLICY.path,
    )


def end_session(resp: Response, store) -> None:
    token = request.cookies.get(COOKIE_NAME)
    if token:
        store.delete(_digest(token))
    resp.delete_cookie(COOKIE_NAME, path=POLICY.path, secure=POLICY.secure, samesite=POLICY.samesite)


def install(app: Flask, store) -> None:
    @app.before_request
    def load_guide() -> None:
        g.guide_id = None
        token = request.cookies.get(COOKIE_NAME)
        if token:
            g.guide_id = store.guide_for(_digest(token))
        if request.path.startswith("/briefing") and g.guide_id is None:
            abort(401)
