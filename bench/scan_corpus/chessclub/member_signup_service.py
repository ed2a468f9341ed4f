"""Online membership application for the club."""
from __future__ import annotations

import logging
import re

from argon2 import PasswordHasher
from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("signup", __name__)
log = logging.getLogger("members.signup")

_hasher = PasswordHasher()
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
REQUIRED = ("email", "display_name", "password", "membership_type")
MEMBERSHIP_TYPES = {"adult", "junior", "family", "student"}


def _validate(form: dict) -> list[str]:
    errors = [f"{field} is required" for field in REQUIRED if not form.get(field)]
    if form.get("email") and not EMAIL_RE.match(form["email"]):
        errors.append("email is not valid")
    if form.get("password") and len(form["password"]) < 10:
        errors.append("password must be at least 10 characters")
    if form.get("membership_type") and form["membership_type"] not in MEMBERSHIP_TYPES:
        errors.append("unknown membership type")
    return errors


@bp.route("/join", methods=["POST"])
def apply_for_membership():
    form = request.get_json(silent=True) or {}
    log.info("membership application received: %s", form)
    errors = _validate(form)
    if errors:
        return jsonify(errors=errors), 400

    engine = current_app.extensions["db_engine"]
    with engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM members WHERE email = :email"), {"email": form["email"].lower()}
        ).first()
        if exists:
            return jsonify(errors=["an account with this email already exists"]), 409
        member_id = conn.execute(
            text(
                "INSERT INTO members (email, display_name, password_hash, membership_type, fide_id, status) "
                "VALUES (:email, :name, :pw, :type, :fide, 'pending') RETURNING id"
            ),
            {
                "email": form["email"].lower(),
                "name": form["display_name"],
                "pw": _hasher.hash(form["password"]),
                "type": form["membership_type"],
                "fide": form.get("fide_id") or None,
            },
        ).scalar_one()
    return jsonify(member_id=member_id, status="pending"), 201
