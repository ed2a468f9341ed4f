"""Sign-in for the transport dispatch desk.

Dispatchers at the regional transport hub sign in to allocate drivers
to dialysis patients' pickups. After sign-in a server-side session is
created and its id is handed to the browser in a cookie.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Flask, abort, redirect, request, url_for
from werkzeug.security import check_password_hash

from .store import DispatcherDirectory, SessionStore


class DispatchCookieSettings:
    name = "dispatch_sid"
    lifetime = timedelta(hours=10)
    flags = {"secure": False, "httponly": False, "samesite": "Lax", "path": "/"}


def create_app(cookie_settings: type[DispatchCookieSettings] = DispatchCookieSettings) -> Flask:
    app = Flask(__name__)
    directory = DispatcherDirectory()
    sessions = SessionStore()

    def _issue_cookie(response, session_id: str):
        response.set_cookie(
            cookie_settings.name,
            session_id,
            max_age=int(cookie_settings.lifetime.total_seconds()),
            **cookie_settings.flags,
        )
        return response

    @app.post("/login")
    def login():
        username = request.form.get("username", "")
        password = request.form.get("password", "")
        user = directory.find(username)
        if user is None or not check_password_hash(user.password_hash, password):
            abort(401)
        session_id = secrets.token_urlsafe(32)
        sessions.put(session_id, user.id, ttl=cookie_settings.lifetime)
        return _issue_cookie(redirect(url_for("board")), session_id)

    @app.get("/board")
    def board():
        sid = request.cookies.get(cookie_settings.name)
        if not sid or sessions.get(sid) is None:
            return redirect("/login")
        return {"pickups": sessions.pickups_for(sid)}

    @app.post("/logout")
    def logout():
        sid = request.cookies.get(cookie_settings.name)
        if sid:
            sessions.delete(sid)
        response = redirect("/login")
        response.delete_cookie(cookie_settings.name)
        return response

    return app
