"""Sign-in endpoint for the shop back office with structured audit logging."""
from __future__ import annotations

import logging

from flask import Blueprint, current_app, jsonify, request, session
from werkzeug.security import check_password_hash

from .staff_repo import StaffRepository

bp = Blueprint("staff_auth", __name__, url_prefix="/staff")
audit = logging.getLogger("hatmaker.audit.staff")


def _repo() -> StaffRepository:
    return current_app.extensions["staff_repo"]


def _client_ip() -> str:
    return request.headers.get("X-Real-IP") or request.remote_addr or "unknown"


@bp.post("/sign-in")
def sign_in():
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", "")).strip().lower()
    password = str(data.get("password", ""))
    if not email or not password:
        return jsonify(error="E-mail and password are required."), 400

    staff = _repo().by_email(email)
    if staff is None or not staff.active or not check_password_hash(staff.password_hash, password):
        audit.warning("staff sign-in failed for %s from %s", email, _client_ip())
        return jsonify(error="Incorrect e-mail or password."), 401

    session.clear()
    session["staff_id"] = staff.id
    session.permanent = True
    audit.info("staff sign-in ok", extra={"staff_id": staff.id, "email": email, "ip": _client_ip()})
    return jsonify(status="ok", name=staff.full_name, role=staff.role)


@bp.post("/sign-out")
def sign_out():
    staff_id = session.pop("staff_id", None)
    session.clear()
    if staff_id is not None:
        audit.info("staff sign-out", extra={"staff_id": staff_id, "ip": _client_ip()})
    return jsonify(status="signed out")
