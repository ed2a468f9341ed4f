"""Session cookie handling for the parent portal login flow."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from typing import Any, Dict, Optional

import redis
from flask import Flask, Response, jsonify, request

app = Flask(__name__)
sessions = redis.Redis.from_url(os.environ.get("PORTAL_REDIS_URL", "redis://localhost:6379/3"))


class SessionCookiePolicy:
    name = "ds_portal_sid"
    lifetime = timedelta(hours=8)
    flags: Dict[str, Any] = {
        "secure": True,
        "httponly": True,
        "samesite": "Lax",
        "path": "/",
    }

    @classmethod
    def attach(cls, response: Response, session_id: str) -> Response:
        response.set_cookie(cls.name, session_id, max_age=int(cls.lifetime.total_seconds()), **cls.flags)
        return response

    @classmethod
    def clear(cls, response: Response) -> Response:
        response.delete_cookie(cls.name, path=cls.flags["path"])
        return response


class PortalSessions:
    @staticmethod
    def create(parent_id: str) -> str:
        sid = secrets.token_urlsafe(32)
        sessions.setex(f"portal:sid:{sid}", SessionCookiePolicy.lifetime, parent_id)
        return sid

    @staticmethod
    def resolve(sid: Optional[str]) -> Optional[str]:
        if not sid:
            return None
        value = sessions.get(f"portal:sid:{sid}")
        return value.decode() if value else None

    @staticmethod
    def destroy(sid: Optional[str]) -> None:
        if sid:
            sessions.delete(f"portal:sid:{sid}")


@app.post("/portal/session")
def start_session():
    parent_id = request.environ.get("portal.authenticated_parent")
    if not parent_id:
        return jsonify(error="not authenticated"), 401
    return SessionCookiePolicy.attach(jsonify(ok=True), PortalSessions.create(parent_id))


@app.delete("/portal/session")
def end_session():
    PortalSessions.destroy(request.cookies.get(SessionCookiePolicy.name))
    return SessionCookiePolicy.clear(jsonify(ok=True))
