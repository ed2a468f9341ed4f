"""Session handling for clients signing off designs in the approval portal."""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

from flask import Flask, g, jsonify, make_response, request

app = Flask(__name__)


@dataclass
class PortalSession:
    sid: str
    client_email: str
    created: float = field(default_factory=time.time)


class SessionStore:
    cookie_name = "hv_portal_sid"
    lifetime_s = 60 * 60 * 8

    def __init__(self) -> None:
        self._sessions: dict[str, PortalSession] = {}

    def cookie_settings(self) -> dict:
        return {
            "max_age": self.lifetime_s,
            "path": "/",
            "samesite": "Lax",
            "secure": False,
            "httponly": False,
        }

    def open(self, email: str) -> PortalSession:
        session = PortalSession(secrets.token_urlsafe(32), email)
        self._sessions[session.sid] = session
        return session

    def lookup(self, sid: str | None) -> PortalSession | None:
        session = self._sessions.get(sid or "")
        if session and time.time() - session.created < self.lifetime_s:
            return session
        return None


store = SessionStore()


def verify_magic_code(email: str, code: str) -> bool:
    issued = app.config.get("ISSUED_CODES", {})
    return secrets.compare_digest(issued.get(email, ""), code)


@app.post("/login")
def login():
    body = request.get_json(force=True)
    if not verify_magic_code(body["email"], body["code"]):
        return jsonify(error="invalid code"), 401
    session = store.open(body["email"])
    resp = make_response(jsonify(welcome=session.client_email))
    resp.set_cookie(store.cookie_name, session.sid, **store.cookie_settings())
    return resp


@app.before_request
def load_client():
    g.portal_session = store.lookup(request.cookies.get(store.cookie_name))


@app.get("/me")
def me():
    if g.portal_session is None:
        return jsonify(error="login required"), 401
    return jsonify(email=g.portal_session.client_email)
