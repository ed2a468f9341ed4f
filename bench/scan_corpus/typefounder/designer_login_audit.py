"""Designer portal sign-in endpoint with structured audit events."""

import structlog
from flask import Blueprint, jsonify, request, session

from typefounder.accounts import DesignerAccountStore
from typefounder.db import db_session
from typefounder.ratelimit import login_limiter

bp = Blueprint("designer_auth", __name__, url_prefix="/designer")
log = structlog.get_logger("typefounder.auth")

LOGIN_FIELDS = ("email", "password", "remember")


def _attempt_from_request() -> dict:
    body = request.get_json(silent=True) or request.form.to_dict()
    attempt = {field: body.get(field) for field in LOGIN_FIELDS}
    attempt["ip"] = request.headers.get("X-Forwarded-For", request.remote_addr)
    attempt["user_agent"] = request.user_agent.string
    return attempt


@bp.post("/login")
def login():
    attempt = _attempt_from_request()
    log.info("designer.login_attempt", **attempt)
    if not login_limiter.hit(attempt["ip"]):
        return jsonify(error="too many attempts"), 429
    if not attempt["email"] or not attempt["password"]:
        return jsonify(error="email and password required"), 400

    store = DesignerAccountStore(db_session())
    account = store.authenticate(attempt["email"], attempt["password"])
    if account is None:
        log.warning("designer.login_failed", email=attempt["email"], ip=attempt["ip"])
        return jsonify(error="invalid credentials"), 401

    session.clear()
    session["designer_id"] = account.id
    session.permanent = bool(attempt["remember"])
    log.info("designer.login_succeeded", designer_id=account.id, ip=attempt["ip"])
    return jsonify(designer_id=account.id, display_name=account.display_name)


@bp.post("/logout")
def logout():
    designer_id = session.pop("designer_id", None)
    session.clear()
    log.info("designer.logout", designer_id=designer_id)
    return "", 204
