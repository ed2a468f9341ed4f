"""Self-service signup for seasonal packing staff, with an audit trail for the office."""

from __future__ import annotations

import logging

import bcrypt
from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from .db import engine

bp = Blueprint("seasonal_signup", __name__, url_prefix="/seasonal")
audit = logging.getLogger("audit.staff")

SAFE_AUDIT_FIELDS = ("email", "full_name", "shift_preference", "agency")


def _audit_view(payload: dict) -> dict:
    return {k: payload.get(k) for k in SAFE_AUDIT_FIELDS if k in payload}


@bp.post("/signup")
def seasonal_signup():
    payload = request.get_json(silent=True) or {}
    invite_code = payload.get("invite_code", "")
    password = payload.get("password", "")
    if not payload.get("email") or len(password) < 12:
        return jsonify({"error": "email and a 12+ character password are required"}), 400
    audit.info("seasonal signup attempt: %s", _audit_view(payload))
    pw_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))
    try:
        with engine.begin() as conn:
            invite = conn.execute(
                text(
                    "UPDATE seasonal_invites SET used_at = now() "
                    "WHERE code_sha256 = encode(digest(:code, 'sha256'), 'hex') "
                    "AND used_at IS NULL RETURNING agency"
                ),
                {"code": invite_code},
            ).first()
            if invite is None:
                audit.info("seasonal signup rejected for %s: invite not valid", payload["email"])
                return jsonify({"error": "invite not valid"}), 403
            staff_id = conn.execute(
                text(
                    "INSERT INTO staff (email, full_name, role, password_hash, agency, active) "
                    "VALUES (:email, :name, 'packing', :hash, :agency, true) RETURNING id"
                ),
                {
                    "email": payload["email"].strip().lower(),
                    "name": payload.get("full_name", "").strip(),
                    "hash": pw_hash.decode("ascii"),
                    "agency": invite.agency,
                },
            ).scalar_one()
    except IntegrityError:
        return jsonify({"error": "account already exists"}), 409
    audit.info("seasonal staff %s created for %s", staff_id, payload["email"])
    current_app.logger.debug("signup flow finished for staff %s", staff_id)
    return jsonify({"id": staff_id}), 201
