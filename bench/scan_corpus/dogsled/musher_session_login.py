"""Login for the musher mobile web app used on the kennel tablets."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

from musher_account_store import MusherAccountStore, RosterPortalSettings

app = Flask(__name__)
accounts = MusherAccountStore(RosterPortalSettings())
SESSIONS: dict[str, str] = {}


class SessionCookie:
    name = "musher_sid"
    lifetime = timedelta(hours=12)

    @classmethod
    def attributes(cls) -> dict:
        return {
            "max_age": int(cls.lifetime.total_seconds()),
            "secure": True,
            "httponly": True,
            "samesite": "Strict",
            "path": "/",
        }

    @staticmethod
    def new_id() -> str:
        return secrets.token_urlsafe(32)


@app.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    handle, password = body.get("handle", ""), body.get("password", "")
    if not accounts.check(handle, password):
        return jsonify(error="invalid credentials"), 401
    sid = SessionCookie.new_id()
    SESSIONS[sid] = handle
    resp = make_response(jsonify(handle=handle))
    resp.set_cookie(SessionCookie.name, sid, **SessionCookie.attributes())
    return resp


@app.post("/logout")
def logout():
    SESSIONS.pop(request.cookies.get(SessionCookie.name, ""), None)
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie(SessionCookie.name, path="/", secure=True, httponly=True, samesite="Strict")
    return resp


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
