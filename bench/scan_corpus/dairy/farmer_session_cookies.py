"""Session cookie handling for the farmer portal login flow.

After a farmer signs in, a server-side session id is issued in a
cookie; the session record maps it to the supplier number.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Flask, Response, jsonify, make_response, request

app = Flask(__name__)


@dataclass(frozen=True)
class CookiePolicy:
    name: str = "__Host-portal_sid"
    max_age: timedelta = timedelta(hours=8)
    attributes: dict = field(
        default_factory=lambda: {"secure": True, "httponly": True, "samesite": "Lax", "path": "/"}
    )


@dataclass
class SessionRecord:
    supplier_number: str
    expires_at: datetime


POLICY = CookiePolicy()
SESSIONS: dict[str, SessionRecord] = {}
VERIFIED_LOGINS: dict[str, str] = {}


def issue_session(resp: Response, supplier_number: str, policy: CookiePolicy = POLICY) -> str:
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = SessionRecord(supplier_number, datetime.now(timezone.utc) + policy.max_age)
    resp.set_cookie(policy.name, sid, max_age=int(policy.max_age.total_seconds()), **policy.attributes)
    return sid


def lookup_session(policy: CookiePolicy = POLICY) -> SessionRecord | None:
    sid = request.cookies.get(policy.name)
    record = SESSIONS.get(sid or "")
    if record is None or record.expires_at < datetime.now(timezone.utc):
        return None
    return record


@app.post("/login/complete")
def login_complete():
    supplier_number = VERIFIED_LOGINS.pop(request.get_json().get("login_ticket", ""), None)
    if supplier_number is None:
        return jsonify(error="login not verified"), 401
    resp = make_response(jsonify(status="ok"))
    issue_session(resp, supplier_number)
    return resp


@app.post("/logout")
def logout():
    sid = request.cookies.get(POLICY.name, "")
    SESSIONS.pop(sid, None)
    resp = make_response(jsonify(status="signed out"))
    resp.delete_cookie(POLICY.name, path="/", secure=True, httponly=True, samesite="Lax")
    return resp
