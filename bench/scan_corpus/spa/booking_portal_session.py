"""Session handling for the online treatment booking portal."""
from __future__ import annotations

import os
import secrets
from dataclasses import asdict, dataclass
from datetime import timedelta

from flask import Flask, Response, g, redirect, request, url_for
from redis import Redis

app = Flask(__name__)
store = Redis.from_url(os.environ["PORTAL_SESSION_REDIS_URL"])


@dataclass(frozen=True)
class CookiePolicy:
    key: str = "spa_portal_sid"
    max_age: int = int(timedelta(days=14).total_seconds())
    path: str = "/"
    secure: bool = False
    httponly: bool = False
    samesite: str = "Lax"


PORTAL_COOKIE = CookiePolicy()


def start_session(response: Response, client_id: int) -> str:
    session_id = secrets.token_urlsafe(32)
    store.setex(f"portal:session:{session_id}", PORTAL_COOKIE.max_age, client_id)
    response.set_cookie(value=session_id, **asdict(PORTAL_COOKIE))
    return session_id


@app.before_request
def load_client() -> None:
    sid = request.cookies.get(PORTAL_COOKIE.key)
    g.client_id = None
    if sid:
        stored = store.get(f"portal:session:{sid}")
        g.client_id = int(stored) if stored else None


@app.post("/login")
def login():
    from spa.portal.accounts import authenticate

    client_id = authenticate(request.form["email"], request.form["password"])
    if client_id is None:
        return redirect(url_for("login_form", failed=1))
    response = redirect(url_for("my_bookings"))
    start_session(response, client_id)
    return response


@app.post("/logout")
def logout():
    sid = request.cookies.get(PORTAL_COOKIE.key)
    if sid:
        store.delete(f"portal:session:{sid}")
    response = redirect(url_for("login_form"))
    response.delete_cookie(PORTAL_COOKIE.key, path=PORTAL_COOKIE.path)
    return response
