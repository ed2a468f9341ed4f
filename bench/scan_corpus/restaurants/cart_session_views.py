"""Guest checkout session handling for the ordering site.

Guests don't log in; we create an order session server-side and hand the
browser its id so the basket, delivery address and contact details survive
page reloads until the order is placed.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, make_response, request

bp = Blueprint("guest_session", __name__)

SESSION_COOKIE = "order_session"
SESSION_TTL = timedelta(hours=6)


def _store():
    return current_app.extensions["order_sessions"]


@bp.post("/api/guest/session")
def start_guest_session():
    payload = request.get_json(silent=True) or {}
    store_id = payload.get("store_id")
    if not store_id:
        return jsonify({"error": "store_id required"}), 400

    session_id = secrets.token_urlsafe(32)
    _store().create(session_id, store_id=store_id, ttl=SESSION_TTL)

    resp = make_response(jsonify({"store_id": store_id, "expires_in": int(SESSION_TTL.total_seconds())}))
    resp.set_cookie(SESSION_COOKIE, session_id, max_age=int(SESSION_TTL.total_seconds()), samesite="Lax")
    return resp


@bp.delete("/api/guest/session")
def end_guest_session():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        _store().delete(session_id)
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE)
    return resp
