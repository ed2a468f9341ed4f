"""Login and session cookie handling for the boutique client area."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta

from flask import Flask, jsonify, make_response, request

from boutique.accounts import verify_credentials
from boutique.sessions import SessionStore

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["BOUTIQUE_FLASK_SECRET"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

SESSION_COOKIE = "bq_session"
SESSION_TTL = timedelta(hours=8)
COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax", "path": "/"}

store = SessionStore(os.environ["BOUTIQUE_SESSION_REDIS"])


@app.post("/account/login")
def login():
    payload = request.get_json(force=True)
    customer = verify_credentials(payload.get("email", ""), payload.get("password", ""))
    if customer is None:
        return jsonify(error="invalid credentials"), 401

    session_id = secrets.token_urlsafe(32)
    store.put(session_id, customer.id, ttl=SESSION_TTL)
    response = make_response(jsonify(customer=customer.display_name))
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        **COOKIE_FLAGS,
    )
    return response


@app.post("/account/logout")
def logout():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        store.delete(session_id)
    response = make_response(jsonify(ok=True))
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="Lax")
    return response
