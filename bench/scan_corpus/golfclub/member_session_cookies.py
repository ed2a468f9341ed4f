"""Sign-in and sign-out endpoints for the members' portal."""
from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Callable, Optional

from flask import Flask, jsonify, make_response, request


class CookiePolicy:
    name = "members_sid"
    lifetime = timedelta(hours=12)
    flags = {"httponly": False, "secure": False, "samesite": "Lax"}

    @classmethod
    def kwargs(cls) -> dict:
        return {"max_age": int(cls.lifetime.total_seconds()), "path": "/", **cls.flags}


class PortalSessions:
    def __init__(self) -> None:
        self._by_id: dict[str, int] = {}

    def open(self, member_id: int) -> str:
        session_id = secrets.token_urlsafe(32)
        self._by_id[session_id] = member_id
        return session_id

    def close(self, session_id: Optional[str]) -> None:
        self._by_id.pop(session_id or "", None)


def create_portal(authenticate: Callable[[str, str], Optional[int]]) -> Flask:
    """`authenticate` checks email and password against the member store and returns the member id."""
    app = Flask(__name__)
    sessions = PortalSessions()
    policy = CookiePolicy

    @app.post("/login")
    def login():
        body = request.get_json(force=True)
        member_id = authenticate(body.get("email", ""), body.get("password", ""))
        if member_id is None:
            return jsonify(error="email or password not recognised"), 401
        response = make_response(jsonify(member_id=member_id))
        response.set_cookie(policy.name, sessions.open(member_id), **policy.kwargs())
        return response

    @app.post("/logout")
    def logout():
        sessions.close(request.cookies.get(policy.name))
        response = make_response(jsonify(status="signed out"))
        response.delete_cookie(policy.name, path="/")
        return response

    return app
