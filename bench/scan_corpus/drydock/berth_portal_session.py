"""Session handling for the berth and dock allocation portal used by yard planners."""
from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from flask import Flask, Response, g, jsonify, request

SESSION_COOKIE = "berth_sid"
COOKIE_FLAGS: dict[str, Any] = {
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}


class PlannerSessions:
    ttl = timedelta(hours=8)

    def __init__(self, store) -> None:
        self._store = store

    def open(self, planner_id: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._store.setex(f"sess:{sid}", int(self.ttl.total_seconds()), planner_id)
        return sid

    def attach(self, resp: Response, sid: str) -> Response:
        resp.set_cookie(SESSION_COOKIE, sid, max_age=int(self.ttl.total_seconds()), **COOKIE_FLAGS)
        return resp

    def lookup(self, sid: str | None) -> str | None:
        return self._store.get(f"sess:{sid}") if sid else None


def register(app: Flask, sessions: PlannerSessions, directory) -> None:
    @app.before_request
    def load_planner() -> None:
        g.planner = sessions.lookup(request.cookies.get(SESSION_COOKIE))

    @app.post("/login")
    def login():
        body = request.get_json(force=True)
        planner_id = directory.authenticate(body["username"], body["password"])
        if planner_id is None:
            return jsonify({"error": "invalid credentials"}), 401
        return sessions.attach(jsonify({"planner": planner_id}), sessions.open(planner_id))
