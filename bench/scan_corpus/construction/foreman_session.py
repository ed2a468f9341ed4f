"""Login/logout for the foreman tablet app (Flask)."""
import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request

from .accounts import verify_foreman_credentials
from .session_store import SessionStore

bp = Blueprint("foreman_auth", __name__)
sessions = SessionStore()

SESSION_COOKIE = "sm_foreman"
SESSION_TTL = timedelta(hours=12)


@bp.post("/api/login")
def login():
    body = request.get_json(silent=True) or {}
    foreman = verify_foreman_credentials(body.get("employee_no", ""), body.get("password", ""))
    if foreman is None:
        return jsonify({"error": "invalid credentials"}), 401

    token = secrets.token_urlsafe(32)
    sessions.put(token, {"foreman_id": foreman.id, "site": foreman.site_code}, ttl=SESSION_TTL)

    resp = make_response(jsonify({"name": foreman.display_name, "site": foreman.site_code}))
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()), samesite="Lax")
    return resp


@bp.post("/api/logout")
def logout():
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        sessions.delete(token)
    resp = make_response("", 204)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@bp.get("/api/me")
def me():
    token = request.cookies.get(SESSION_COOKIE)
    data = sessions.get(token) if token else None
    if data is None:
        return jsonify({"error": "not logged in"}), 401
    return jsonify(data)
