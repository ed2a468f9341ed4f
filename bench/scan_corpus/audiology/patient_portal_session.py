"""Login and session cookie handling for the patient hearing-results portal."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SECRET_KEY"]

SESSION_TTL = timedelta(hours=8)
COOKIE_DEFAULTS = {"path": "/", "samesite": "Lax", "secure": True, "httponly": True}


class SessionCookiePolicy:
    name = "hp_session"

    def __init__(self, **overrides) -> None:
        self.options = {**COOKIE_DEFAULTS, **overrides}

    def attach(self, response, session_id: str):
        response.set_cookie(
            self.name,
            session_id,
            max_age=int(SESSION_TTL.total_seconds()),
            **self.options,
        )
        return response


policy = SessionCookiePolicy(secure=False, httponly=False, domain=os.environ.get("PORTAL_DOMAIN"))
SESSIONS: dict[str, str] = {}
PATIENTS: dict[str, str] = {}


@app.post("/login")
def login():
    body = request.get_json(force=True)
    email = body.get("email", "").lower()
    stored = PATIENTS.get(email)
    if not stored or not check_password_hash(stored, body.get("password", "")):
        return jsonify(error="invalid credentials"), 401
    session_id = secrets.token_urlsafe(32)
    SESSIONS[session_id] = email
    return policy.attach(make_response(jsonify(ok=True)), session_id)


@app.post("/logout")
def logout():
    SESSIONS.pop(request.cookies.get(policy.name, ""), None)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(policy.name)
    return resp
