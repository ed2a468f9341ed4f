"""Session cookie handling for the lifeguard supervisor console."""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Dict, Optional, Tuple

from flask import Flask, abort, jsonify, make_response, request

from console.auth import verify_supervisor

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["CONSOLE_SECRET_KEY"]


@dataclass(frozen=True)
class CookiePolicy:
    name: str = "__Host-console_sid"
    secure: bool = True
    httponly: bool = True
    samesite: str = "Strict"
    path: str = "/"
    max_age: int = 8 * 3600

    def kwargs(self) -> Dict[str, object]:
        opts = asdict(self)
        opts.pop("name")
        return opts


class SessionStore:
    def __init__(self, ttl: int) -> None:
        self.ttl = ttl
        self._sessions: Dict[str, Tuple[str, float]] = {}

    def create(self, supervisor_id: str) -> str:
        sid = secrets.token_urlsafe(32)
        self._sessions[sid] = (supervisor_id, time.time() + self.ttl)
        return sid

    def resolve(self, sid: Optional[str]) -> Optional[str]:
        entry = self._sessions.get(sid or "")
        if entry is None or entry[1] < time.time():
            return None
        return entry[0]


POLICY = CookiePolicy()
store = SessionStore(POLICY.max_age)


@app.post("/login")
def login():
    form = request.get_json(force=True)
    supervisor = verify_supervisor(form.get("badge", ""), form.get("password", ""))
    if supervisor is None:
        abort(401)
    resp = make_response(jsonify(ok=True, name=supervisor.display_name))
    resp.set_cookie(POLICY.name, store.create(supervisor.id), **POLICY.kwargs())
    return resp


@app.get("/me")
def me():
    supervisor_id = store.resolve(request.cookies.get(POLICY.name))
    if supervisor_id is None:
        abort(401)
    return jsonify(id=supervisor_id)
