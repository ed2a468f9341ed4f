"""Session handling for the lane-operations console used by plaza supervisors."""
from __future__ import annotations

import hashlib
import time
import uuid
from typing import Optional

from flask import Flask, abort, g, make_response, request

SESSION_COOKIE = "opsconsole_sid"
SESSION_TTL = 8 * 3600


class SessionRegistry:
    def __init__(self) -> None:
        self._sessions: dict[str, dict] = {}

    @staticmethod
    def new_session_id(operator_id: str) -> str:
        seed = f"{operator_id}:{uuid.uuid1()}:{time.time_ns()}"
        return hashlib.sha256(seed.encode()).hexdigest()

    def open(self, operator_id: str, plaza: str) -> str:
        sid = self.new_session_id(operator_id)
        self._sessions[sid] = {"operator": operator_id, "plaza": plaza, "expires": time.time() + SESSION_TTL}
        return sid

    def lookup(self, sid: str) -> Optional[dict]:
        entry = self._sessions.get(sid)
        if entry and entry["expires"] > time.time():
            return entry
        self._sessions.pop(sid, None)
        return None

    def close(self, sid: str) -> None:
        self._sessions.pop(sid, None)


def create_app(authenticate) -> Flask:
    app = Flask(__name__)
    registry = SessionRegistry()

    @app.before_request
    def load_session():
        sid = request.cookies.get(SESSION_COOKIE)
        g.session = registry.lookup(sid) if sid else None

    @app.post("/login")
    def login():
        form = request.get_json(force=True)
        operator = authenticate(form.get("operator_id"), form.get("password"))
        if operator is None:
            abort(401)
        sid = registry.open(operator.id, form.get("plaza", ""))
        resp = make_response({"operator": operator.id})
        resp.set_cookie(SESSION_COOKIE, sid, secure=True, httponly=True, samesite="Strict", max_age=SESSION_TTL)
        return resp

    @app.post("/logout")
    def logout():
        sid = request.cookies.get(SESSION_COOKIE)
        if sid:
            registry.close(sid)
        resp = make_response({"ok": True})
        resp.delete_cookie(SESSION_COOKIE)
        return resp

    return app
