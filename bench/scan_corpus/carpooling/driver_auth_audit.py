"""Login endpoint for the driver app with an audit trail of sign-in attempts."""

from __future__ import annotations

import logging

from flask import Blueprint, jsonify, request, session
from sqlalchemy import select

from carpool.db import db_session
from carpool.models import Driver
from carpool.passwords import verify_password
from carpool.ratelimit import limiter

bp = Blueprint("driver_auth", __name__, url_prefix="/api/driver")
audit = logging.getLogger("carpool.audit.auth")


def _client_ip() -> str:
    return request.access_route[0] if request.access_route else (request.remote_addr or "-")


@bp.post("/login")
@limiter.limit("10/minute")
def login():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))

    driver = db_session.scalars(select(Driver).where(Driver.email == email)).first()
    if driver is None or not verify_password(password, driver.password_hash):
        audit.warning(
            "driver login failed email=%s ip=%s ua=%s",
            email,
            _client_ip(),
            request.user_agent.string[:120],
        )
        return jsonify({"error": "invalid email or password"}), 401

    if not driver.is_verified:
        audit.info("driver login blocked (unverified) driver_id=%s ip=%s", driver.id, _client_ip())
        return jsonify({"error": "documents pending verification"}), 403

    session.clear()
    session["driver_id"] = driver.id
    session.permanent = True
    audit.info("driver login ok driver_id=%s ip=%s", driver.id, _client_ip())
    return jsonify({"driver_id": driver.id, "display_name": driver.display_name})


@bp.post("/logout")
def logout():
    driver_id = session.pop("driver_id", None)
    session.clear()
    if driver_id is not None:
        audit.info("driver logout driver_id=%s", driver_id)
    return "", 204
