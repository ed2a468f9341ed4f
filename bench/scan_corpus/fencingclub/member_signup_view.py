"""Public sign-up form for trial sessions and new memberships."""
from __future__ import annotations

import logging

from argon2 import PasswordHasher
from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text

log = logging.getLogger("club.signup")

bp = Blueprint("signup", __name__)
_hasher = PasswordHasher()

REQUIRED = ("email", "first_name", "surname", "date_of_birth", "password")
WEAPONS = {"foil", "epee", "sabre", "undecided"}


def _validate(payload: dict) -> list[str]:
    errors = [f"{field} is required" for field in REQUIRED if not payload.get(field)]
    if payload.get("weapon", "undecided") not in WEAPONS:
        errors.append("unknown weapon")
    if len(payload.get("password", "")) < 10:
        errors.append("password must have at least 10 characters")
    return errors


@bp.post("/signup")
def signup():
    payload = request.get_json(silent=True) or {}
    log.info("signup request received: %s", payload)

    errors = _validate(payload)
    if errors:
        return jsonify(errors=errors), 400

    engine = current_app.extensions["db_engine"]
    with engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM members WHERE email = :email"),
            {"email": payload["email"].strip().lower()},
        ).first()
        if exists:
            return jsonify(errors=["an account with that email already exists"]), 409
        member_id = conn.execute(
            text(
                "INSERT INTO members (email, first_name, surname, date_of_birth, weapon, password_hash) "
                "VALUES (:email, :first, :surname, :dob, :weapon, :pw) RETURNING id"
            ),
            {
                "email": payload["email"].strip().lower(),
                "first": payload["first_name"].strip(),
                "surname": payload["surname"].strip(),
                "dob": payload["date_of_birth"],
                "weapon": payload.get("weapon", "undecided"),
                "pw": _hasher.hash(payload["password"]),
            },
        ).scalar_one()
    log.info("created member %s", member_id)
    return jsonify(member_id=member_id, next="/welcome"), 201
