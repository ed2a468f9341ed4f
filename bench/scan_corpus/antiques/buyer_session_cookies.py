"""Issues and reads the session cookie for buyers signed in to the auction storefront."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

import redis
from flask import Flask, Response, abort, jsonify, request

app = Flask(__name__)
sessions = redis.Redis.from_url(os.environ["SESSION_REDIS_URL"])


class SessionCookieSettings:
    name = "bidder_sid"
    lifetime = timedelta(hours=12)
    attributes = {"secure": True, "httponly": False, "samesite": "Lax", "path": "/"}


def attach_session(response: Response, session_id: str,
                   settings: type[SessionCookieSettings] = SessionCookieSettings) -> Response:
    response.set_cookie(
        settings.name,
        session_id,
        max_age=int(settings.lifetime.total_seconds()),
        **settings.attributes,
    )
    return response


def start_session(buyer_id: str) -> str:
    session_id = secrets.token_urlsafe(32)
    ttl = int(SessionCookieSettings.lifetime.total_seconds())
    sessions.setex(f"session:{session_id}", ttl, buyer_id)
    return session_id


@app.post("/login")
def login():
    from storefront.accounts import authenticate

    form = request.get_json(force=True)
    buyer_id = authenticate(form.get("email", ""), form.get("password", ""))
    if buyer_id is None:
        abort(401)
    response = jsonify({"buyer_id": buyer_id})
    return attach_session(response, start_session(buyer_id))


@app.get("/me")
def whoami():
    session_id = request.cookies.get(SessionCookieSettings.name, "")
    buyer_id = sessions.get(f"session:{session_id}") if session_id else None
    if buyer_id is None:
        abort(401)
    return jsonify({"buyer_id": buyer_id.decode()})
