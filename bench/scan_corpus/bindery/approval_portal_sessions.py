"""Session handling for the proof approval portal's login flow."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, make_response, redirect, request, url_for

from .accounts import check_login
from .session_store import SessionStore

bp = Blueprint("portal_auth", __name__)

COOKIE_POLICY = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}
SESSION_TTL = timedelta(hours=8)


class PortalSessions:
    cookie_name = "bindery_portal_sid"

    def __init__(self, store: SessionStore) -> None:
        self.store = store

    def start(self, customer_id: int):
        sid = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + SESSION_TTL
        self.store.put(sid, customer_id, expires)
        return sid, expires

    def attach(self, response, sid: str, expires: datetime):
        response.set_cookie(self.cookie_name, sid, expires=expires, **COOKIE_POLICY)
        return response

    def end(self, response, sid: str | None):
        if sid:
            self.store.delete(sid)
        response.delete_cookie(self.cookie_name, path="/", secure=True, httponly=True)
        return response


def _sessions() -> PortalSessions:
    return PortalSessions(current_app.extensions["session_store"])


@bp.post("/login")
def login():
    customer_id = check_login(request.form.get("email", ""), request.form.get("password", ""))
    if customer_id is None:
        return redirect(url_for("portal_auth.login_form", failed=1))
    sessions = _sessions()
    sid, expires = sessions.start(customer_id)
    return sessions.attach(make_response(redirect(url_for("proofs.index"))), sid, expires)


@bp.post("/logout")
def logout():
    sessions = _sessions()
    response = make_response(redirect(url_for("portal_auth.login_form")))
    return sessions.end(response, request.cookies.get(PortalSessions.cookie_name))
