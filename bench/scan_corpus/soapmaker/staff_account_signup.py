"""Admin endpoint that creates staff accounts for the workshop and the office."""

import logging

from argon2 import PasswordHasher
from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from .db import engine

bp = Blueprint("staff_admin", __name__, url_prefix="/admin/staff")
log = logging.getLogger("staff_admin")
hasher = PasswordHasher()

ROLES = {"production", "qa", "packing", "office", "admin"}
REQUIRED = ("email", "full_name", "role", "password")


def _validate(payload: dict) -> list[str]:
    problems = [f"{field} is required" for field in REQUIRED if not payload.get(field)]
    if payload.get("role") and payload["role"] not in ROLES:
        problems.append("unknown role")
    if payload.get("password") and len(payload["password"]) < 12:
        problems.append("password must be at least 12 characters")
    return problems


@bp.post("/")
def create_staff():
    if "admin" not in g.get("staff_roles", ()):
        abort(403)
    payload = request.get_json(silent=True) or {}
    log.info("staff account request from admin %s: %s", g.staff_id, payload)
    problems = _validate(payload)
    if problems:
        return jsonify({"errors": problems}), 400
    try:
        with engine.begin() as conn:
            new_id = conn.execute(
                text(
                    "INSERT INTO staff (email, full_name, role, password_hash, active) "
                    "VALUES (:email, :name, :role, :hash, true) RETURNING id"
                ),
                {
                    "email": payload["email"].strip().lower(),
                    "name": payload["full_name"].strip(),
                    "role": payload["role"],
                    "hash": hasher.hash(payload["password"]),
                },
            ).scalar_one()
    except IntegrityError:
        return jsonify({"errors": ["email already in use"]}), 409
    log.info("created staff account %s with role %s", new_id, payload["role"])
    return jsonify({"id": new_id}), 201


@bp.post("/<int:staff_id>/deactivate")
def deactivate_staff(staff_id: int):
    if "admin" not in g.get("staff_roles", ()):
        abort(403)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE staff SET active = false WHERE id = :id"), {"id": staff_id}
        )
    log.info("admin %s deactivated staff %s", g.staff_id, staff_id)
    return jsonify({"ok": True})
