"""Login endpoint for the maintenance technician portal."""
from __future__ import annotations

import logging

import structlog
from flask import Blueprint, jsonify, request, session
from werkzeug.security import check_password_hash

from .models import Technician

bp = Blueprint("auth", __name__, url_prefix="/auth")
audit = structlog.get_logger("portal.audit")
logging.getLogger("werkzeug").setLevel(logging.WARNING)


def _login_context(form) -> dict:
    return {
        "username": form.get("username", "").strip().lower(),
        "password": form.get("password", ""),
        "site": form.get("site"),
        "ip": request.headers.get("X-Forwarded-For", request.remote_addr),
    }


def _authenticate(ctx: dict) -> Technician | None:
    tech = Technician.query.filter_by(username=ctx["username"], active=True).first()
    if tech and check_password_hash(tech.password_hash, ctx["password"]):
        return tech
    return None


@bp.post("/login")
def login():
    ctx = _login_context(request.form)
    tech = _authenticate(ctx)
    if tech is None:
        audit.warning("technician_login_failed", **ctx)
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["tech_id"] = tech.id
    session["site"] = ctx["site"]
    audit.info("technician_login_ok", tech_id=tech.id, site=ctx["site"])
    return jsonify(ok=True, name=tech.display_name)


@bp.post("/logout")
def logout():
    tech_id = session.get("tech_id")
    session.clear()
    audit.info("technician_logout", tech_id=tech_id)
    return jsonify(ok=True)
