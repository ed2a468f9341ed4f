"""Login and session handling for the member portal (desk and room booking)."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import timedelta

from flask import Flask, jsonify, make_response, request
from itsdangerous import URLSafeTimedSerializer

from portal.accounts import verify_member_login

app = Flask(__name__)


@dataclass(frozen=True)
class SessionCookie:
    name: str = "cw_member"
    lifetime: timedelta = timedelta(days=14)
    domain: str | None = os.environ.get("PORTAL_COOKIE_DOMAIN")
    same_site: str = "Lax"

    def options(self) -> dict:
        return {
            "max_age": int(self.lifetime.total_seconds()),
            "domain": self.domain,
            "samesite": self.same_site,
            "path": "/",
        }


COOKIE = SessionCookie()
signer = URLSafeTimedSerializer(os.environ["PORTAL_SESSION_KEY"], salt="member-session")


def issue_session(member_id: int) -> str:
    return signer.dumps({"member_id": member_id, "sid": secrets.token_urlsafe(24)})


def read_session(raw: str | None) -> dict | None:
    if not raw:
        return None
    try:
        return signer.loads(raw, max_age=int(COOKIE.lifetime.total_seconds()))
    except Exception:
        return None


@app.post("/login")
def login():
    payload = request.get_json(force=True)
    member = verify_member_login(payload.get("email", ""), payload.get("password", ""))
    if member is None:
        return jsonify({"error": "invalid credentials"}), 401
    response = make_response(jsonify({"member_id": member.id}))
    response.set_cookie(COOKIE.name, issue_session(member.id), **COOKIE.options())
    return response


@app.get("/me")
def me():
    session = read_session(request.cookies.get(COOKIE.name))
    if session is None:
        return jsonify({"error": "not signed in"}), 401
    return jsonify({"member_id": session["member_id"]})


@app.post("/logout")
def logout():
    response = make_response(jsonify({"ok": True}))
    response.delete_cookie(COOKIE.name, path="/", domain=COOKIE.domain)
    return response
